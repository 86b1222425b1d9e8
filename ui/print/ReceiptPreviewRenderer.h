#pragma once
// ReceiptPreviewRenderer: a ReceiptLayout drawn as the printer would print it, dot for dot at
// 203 dpi: 12x24-dot character cells (a CJK glyph takes two), CODE128 bars with the profile's
// module width and height, the QR code and the logo. The back office shows it while the
// receipt texts are edited, so what the manager sees is what the customer gets.

#include "devices/escpos/PrinterProfile.h"
#include "sales/receipt/ReceiptLayout.h"

#include <QFont>
#include <QImage>

class QPainter;

namespace patron::ui {

class ReceiptPreviewRenderer {
public:
    explicit ReceiptPreviewRenderer(PrinterProfile profile);

    // White paper, black print, profile.dotsPerLine wide.
    QImage render(const ReceiptLayout& layout) const;

    static constexpr int kCellWidth = 12;   // font A
    static constexpr int kCellHeight = 24;
    static constexpr int kLineGap = 6;      // ESC/POS default line spacing is 30 dots
    static constexpr int kQuietDots = 20;   // white space above and below codes

private:
    int heightOf(const LayoutItem& item) const;
    int drawText(QPainter& p, const LayoutText& text, int y) const;
    int drawBarcode(QPainter& p, const LayoutBarcode& code, int y) const;
    int drawQr(QPainter& p, const LayoutQrCode& code, int y) const;
    int drawLogo(QPainter& p, const LayoutLogo& logo, int y) const;

    PrinterProfile m_profile;
    ColumnMeasure m_measure;
    QFont m_font;
};

} // namespace patron::ui
