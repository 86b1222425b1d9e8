#pragma once
// Loads Patron's translations (and Qt's own) for a language: the setting when given, else the
// system locale. Chinese (zh_CN) and English (en) ship; anything else falls back to English.

#include <QString>

namespace patron {

// Installs translators on the running QCoreApplication; returns the language chosen ("zh_CN"/"en").
QString installTranslations(const QString& preferred);

} // namespace patron
