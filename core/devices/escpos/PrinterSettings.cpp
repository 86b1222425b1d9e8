#include "devices/escpos/PrinterSettings.h"

#include "store/TillSettings.h"

namespace patron {

PrinterProfile printerProfileFromSettings(const TillSettings& s)
{
    const auto charset = PrinterProfile::parseCharset(s.value(QStringLiteral("printer/charset")).toString());
    const int columns = s.paperColumns();
    PrinterProfile p = (!charset || *charset == PrinterProfile::Charset::Gb18030)
        ? PrinterProfile::chinese(columns)
        : PrinterProfile::latin(columns, *charset);
    if (s.value(QStringLiteral("printer/drawerPin")).toInt() == 5)
        p.drawerPin = PrinterProfile::DrawerPin::Pin5;
    const int pulse = s.value(QStringLiteral("printer/drawerPulseMs"), p.drawerOnMs).toInt();
    if (pulse >= 2 && pulse <= 510)
        p.drawerOnMs = pulse;
    const QString cut = s.value(QStringLiteral("printer/cut")).toString().toLower();
    if (cut == u"full")
        p.cut = PrinterProfile::Cut::Full;
    else if (cut == u"partial")
        p.cut = PrinterProfile::Cut::Partial;
    else if (cut == u"feed-full")
        p.cut = PrinterProfile::Cut::FeedThenFull;
    else if (cut == u"none")
        p.cut = PrinterProfile::Cut::None;
    return p;
}

} // namespace patron
