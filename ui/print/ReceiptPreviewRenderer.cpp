#include "print/ReceiptPreviewRenderer.h"

#include "print/Code128.h"
#include "print/QrMatrix.h"

#include <QPainter>

namespace patron::ui {

namespace {
// Human-readable text under a barcode, as the printer's HRI (font B is 9x17).
constexpr int kHriHeight = 20;
} // namespace

ReceiptPreviewRenderer::ReceiptPreviewRenderer(PrinterProfile profile)
    : m_profile(std::move(profile)), m_measure(m_profile.measure())
{
    m_font.setFamilies({QStringLiteral("Noto Sans Mono CJK SC"), QStringLiteral("Noto Sans CJK SC"),
                        QStringLiteral("WenQuanYi Micro Hei Mono"), QStringLiteral("monospace")});
    m_font.setPixelSize(kCellHeight - 2);
    m_font.setStyleHint(QFont::Monospace);
}

int ReceiptPreviewRenderer::heightOf(const LayoutItem& item) const
{
    if (const auto* t = std::get_if<LayoutText>(&item))
        return (t->doubleSize ? 2 : 1) * (kCellHeight + kLineGap);
    if (std::holds_alternative<LayoutBarcode>(item))
        return 2 * kQuietDots + m_profile.barcodeHeightDots + kHriHeight;
    if (const auto* q = std::get_if<LayoutQrCode>(&item)) {
        const QrMatrix m = QrMatrix::encode(q->payload.toUtf8());
        return m.isNull() ? 0 : 2 * kQuietDots + (m.size() + 8) * m_profile.qrModuleSize;
    }
    if (const auto* l = std::get_if<LayoutLogo>(&item))
        return l->bitmap.height() + kLineGap;
    return 0;
}

QImage ReceiptPreviewRenderer::render(const ReceiptLayout& layout) const
{
    int height = 2 * kCellHeight;  // top and bottom margin, as the paper feeds
    for (const LayoutItem& item : layout.items)
        height += heightOf(item);
    QImage image(m_profile.dotsPerLine, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(Qt::black);
    int y = kCellHeight;
    for (const LayoutItem& item : layout.items) {
        if (const auto* t = std::get_if<LayoutText>(&item))
            y = drawText(p, *t, y);
        else if (const auto* b = std::get_if<LayoutBarcode>(&item))
            y = drawBarcode(p, *b, y);
        else if (const auto* q = std::get_if<LayoutQrCode>(&item))
            y = drawQr(p, *q, y);
        else if (const auto* l = std::get_if<LayoutLogo>(&item))
            y = drawLogo(p, *l, y);
    }
    return image;
}

int ReceiptPreviewRenderer::drawText(QPainter& p, const LayoutText& text, int y) const
{
    const int scale = text.doubleSize ? 2 : 1;
    const int cellW = kCellWidth * scale;
    const int cellH = kCellHeight * scale;
    const int columns = m_profile.columns / scale;
    const int used = m_measure.width(text.text);
    int col = 0;
    if (text.align == LayoutText::Align::Right)
        col = std::max(0, columns - used);
    else if (text.align == LayoutText::Align::Center)
        col = std::max(0, (columns - used) / 2);
    QFont font = m_font;
    font.setPixelSize((kCellHeight - 2) * scale);
    font.setBold(text.bold);
    p.setFont(font);
    // Character by character into its cells: proportional fallback fonts must not drift off
    // the printer's column grid.
    const QString& s = text.text;
    for (qsizetype i = 0; i < s.size();) {
        const char32_t cp = s.at(i).isHighSurrogate() && i + 1 < s.size()
            ? QChar::surrogateToUcs4(s.at(i), s.at(i + 1))
            : char32_t(s.at(i).unicode());
        const qsizetype len = cp > 0xFFFF ? 2 : 1;
        const int w = m_measure.width(cp);
        if (cp != U' ' && w > 0)
            p.drawText(QRect(col * cellW, y, w * cellW, cellH), Qt::AlignCenter, s.mid(i, len));
        col += w;
        i += len;
    }
    return y + scale * (kCellHeight + kLineGap);
}

int ReceiptPreviewRenderer::drawBarcode(QPainter& p, const LayoutBarcode& code, int y) const
{
    const QList<int> widths = Code128::moduleWidths(code.data);
    // A long number on 58 mm paper does not fit at the profile's module width; the printer
    // would refuse it, so the preview (like the encoder's caller) narrows the modules.
    const int modules = Code128::moduleCount(widths);
    const int module = std::max(1, std::min(m_profile.barcodeModuleWidth, (m_profile.dotsPerLine - 2 * kQuietDots) / std::max(1, modules)));
    const int total = modules * module;
    int x = std::max(0, (m_profile.dotsPerLine - total) / 2);
    const int top = y + kQuietDots;
    bool bar = true;
    for (int w : widths) {
        if (bar)
            p.fillRect(x, top, w * module, m_profile.barcodeHeightDots, Qt::black);
        x += w * module;
        bar = !bar;
    }
    QFont hri = m_font;
    hri.setPixelSize(kHriHeight - 4);
    p.setFont(hri);
    p.drawText(QRect(0, top + m_profile.barcodeHeightDots, m_profile.dotsPerLine, kHriHeight), Qt::AlignCenter,
               code.data);
    return y + heightOf(code);
}

int ReceiptPreviewRenderer::drawQr(QPainter& p, const LayoutQrCode& code, int y) const
{
    const QrMatrix m = QrMatrix::encode(code.payload.toUtf8());
    if (m.isNull())
        return y;
    const int module = m_profile.qrModuleSize;
    const int side = (m.size() + 8) * module;  // four modules of quiet zone each side
    const int left = std::max(0, (m_profile.dotsPerLine - side) / 2) + 4 * module;
    const int top = y + kQuietDots + 4 * module;
    for (int row = 0; row < m.size(); ++row)
        for (int col = 0; col < m.size(); ++col)
            if (m.dark(col, row))
                p.fillRect(left + col * module, top + row * module, module, module, Qt::black);
    return y + 2 * kQuietDots + side;
}

int ReceiptPreviewRenderer::drawLogo(QPainter& p, const LayoutLogo& logo, int y) const
{
    const MonoBitmap& b = logo.bitmap;
    const int left = std::max(0, (m_profile.dotsPerLine - b.width()) / 2);
    for (int row = 0; row < b.height(); ++row)
        for (int col = 0; col < b.width(); ++col)
            if (b.pixel(col, row))
                p.fillRect(left + col, y + row, 1, 1, Qt::black);
    return y + b.height() + kLineGap;
}

} // namespace patron::ui
