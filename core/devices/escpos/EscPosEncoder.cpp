#include "devices/escpos/EscPosEncoder.h"

#include "devices/escpos/EscPosCommands.h"
#include "devices/escpos/PrinterTextCodec.h"
#include "sales/receipt/ReceiptLayouter.h"

namespace patron {

namespace {
template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

escpos::Align toAlign(LayoutText::Align a)
{
    switch (a) {
    case LayoutText::Align::Left: return escpos::Align::Left;
    case LayoutText::Align::Center: return escpos::Align::Center;
    case LayoutText::Align::Right: return escpos::Align::Right;
    }
    return escpos::Align::Left;
}

// Sends a style command only when the style changes, so the stream stays short and readable.
class StyleState {
public:
    QByteArray set(escpos::Align a, bool b, bool big)
    {
        QByteArray out;
        if (a != m_align)
            out += escpos::align(m_align = a);
        if (b != m_bold)
            out += escpos::bold(m_bold = b);
        if (big != m_big)
            out += escpos::doubleSize(m_big = big);
        return out;
    }

private:
    escpos::Align m_align = escpos::Align::Left;
    bool m_bold = false;
    bool m_big = false;
};
} // namespace

EscPosEncoder::EscPosEncoder(PrinterProfile profile) : m_profile(std::move(profile)) {}

QByteArray EscPosEncoder::prologue() const
{
    QByteArray out = escpos::initialize();
    if (m_profile.charset == PrinterProfile::Charset::Gb18030)
        out += escpos::chineseMode(true);
    else
        out += escpos::chineseMode(false) + escpos::codePage(m_profile.charset);
    return out;
}

QByteArray EscPosEncoder::encode(const ReceiptDocument& doc, const EncodeOptions& options) const
{
    return encode(ReceiptLayouter(m_profile.columns, m_profile.measure()).layout(doc), options);
}

QByteArray EscPosEncoder::encode(const ReceiptLayout& layout, const EncodeOptions& options) const
{
    const PrinterTextCodec codec(m_profile.charset);
    StyleState style;
    QByteArray out = prologue();
    // The drawer opens first, so the cashier makes change while the receipt prints.
    if (options.openDrawer)
        out += escpos::drawerPulse(m_profile.drawerPin, m_profile.drawerOnMs, m_profile.drawerOffMs);
    for (const LayoutItem& item : layout.items) {
        std::visit(Overloaded{
                       [&](const LayoutText& t) {
                           out += style.set(toAlign(t.align), t.bold, t.doubleSize);
                           // The printer aligns; trailing padding would only push centred text left.
                           QString text = t.text;
                           while (text.endsWith(u' '))
                               text.chop(1);
                           if (t.align != LayoutText::Align::Left)
                               text = text.trimmed();
                           out += codec.encode(text) + '\n';
                       },
                       [&](const LayoutBarcode& b) {
                           out += style.set(escpos::Align::Center, false, false);
                           const QByteArray code = escpos::code128(b.data.toLatin1(), m_profile.barcodeHeightDots,
                                                                   m_profile.barcodeModuleWidth);
                           out += code.isEmpty() ? codec.encode(b.data) + '\n' : code + '\n';
                       },
                       [&](const LayoutQrCode& q) {
                           out += style.set(escpos::Align::Center, false, false);
                           const QByteArray qr = escpos::qrCode(q.payload.toUtf8(), m_profile.qrModuleSize,
                                                                m_profile.qrErrorLevel);
                           if (!qr.isEmpty())
                               out += qr + '\n';
                       },
                       [&](const LayoutLogo& l) {
                           out += style.set(escpos::Align::Center, false, false);
                           out += escpos::rasterImage(l.bitmap, m_profile.dotsPerLine);
                       },
                   },
                   item);
    }
    out += style.set(escpos::Align::Left, false, false);
    if (options.cut)
        out += escpos::cut(m_profile);
    return out;
}

QByteArray EscPosEncoder::drawerKick() const
{
    return escpos::initialize()
        + escpos::drawerPulse(m_profile.drawerPin, m_profile.drawerOnMs, m_profile.drawerOffMs);
}

} // namespace patron
