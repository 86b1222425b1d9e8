#pragma once
// PrinterTextCodec: text to the bytes a printer's character set prints. Whatever the printer
// cannot print becomes a visible substitute of the same width (□ on GB18030 printers, ■ on
// code pages), never a silent '?', and never a control byte: text cannot start a command.

#include "devices/escpos/PrinterProfile.h"

#include <QByteArray>
#include <QString>

class QStringEncoder;

namespace patron {

class PrinterTextCodec {
public:
    explicit PrinterTextCodec(PrinterProfile::Charset charset);

    QByteArray encode(const QString& text) const;

private:
    QByteArray encodeGb18030(QStringEncoder& encoder, char32_t cp) const;
    QByteArray encodeCodePage(char32_t cp) const;

    PrinterProfile::Charset m_charset;
};

} // namespace patron
