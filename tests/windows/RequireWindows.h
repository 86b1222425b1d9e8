// Force-included into the Windows syntax check: proves the sources were compiled for Windows,
// i.e. their `#ifdef Q_OS_WIN` branches were really parsed, not skipped.
#include <QtCore/qsystemdetection.h>
#ifndef Q_OS_WIN
#error "the Windows syntax check is not compiling for Windows"
#endif
