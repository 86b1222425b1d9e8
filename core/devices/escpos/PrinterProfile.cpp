#include "devices/escpos/PrinterProfile.h"

#include <QCoreApplication>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct PrinterProfileTr {
    Q_DECLARE_TR_FUNCTIONS(patron::PrinterProfile)
};

namespace {

void sizeForPaper(PrinterProfile& p, int columns)
{
    const bool narrow = columns <= 32;
    p.columns = narrow ? 32 : 48;
    p.dotsPerLine = narrow ? 384 : 576;
    p.qrModuleSize = narrow ? 4 : 6;
}
} // namespace

PrinterProfile PrinterProfile::chinese(int columns)
{
    PrinterProfile p;
    p.charset = Charset::Gb18030;
    sizeForPaper(p, columns);
    return p;
}

PrinterProfile PrinterProfile::latin(int columns, Charset codePage)
{
    PrinterProfile p;
    p.charset = codePage == Charset::Gb18030 ? Charset::CodePage858 : codePage;
    sizeForPaper(p, columns);
    return p;
}

Result<PrinterProfile::Charset> PrinterProfile::parseCharset(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"gb18030" || n == u"gbk" || n.isEmpty())
        return Charset::Gb18030;
    if (n == u"cp437")
        return Charset::CodePage437;
    if (n == u"cp858")
        return Charset::CodePage858;
    return makeError(ErrorCode::InvalidInput,
                     PrinterProfileTr::tr("Unknown printer character set \"%1\": use gb18030, cp437 or cp858.").arg(name));
}

ColumnMeasure PrinterProfile::measure() const
{
    return ColumnMeasure(charset == Charset::Gb18030 ? ColumnMeasure::Rule::DoubleByteCjk
                                                     : ColumnMeasure::Rule::SingleByte);
}

} // namespace patron
