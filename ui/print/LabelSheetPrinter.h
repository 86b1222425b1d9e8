#pragma once
// LabelSheetPrinter: product labels (name, price, barcode) on A4 sheets of 3 x 8 labels of
// 70 x 37 mm, the common self-adhesive sheet, through QPrinter (a real printer or a PDF file).
// EAN-13 codes print as EAN-13; anything else (internal codes, SKUs) as CODE128.

#include <QList>
#include <QRect>
#include <QString>

class QPainter;
class QPrinter;

namespace patron::ui {

struct LabelItem {
    QString name;
    QString price;  // formatted, e.g. "￥3.50"
    QString code;   // barcode, or the SKU when the product has none
};

class LabelSheetPrinter {
public:
    static constexpr int kColumns = 3;
    static constexpr int kRows = 8;

    // Prints every item, starting a new sheet after kColumns * kRows; returns the pages used.
    static int print(QPrinter& printer, const QList<LabelItem>& items);
    // One label into `rect` (device pixels). Bars are whole pixels wide so a scanner reads them
    // from a bitmap as well as from paper.
    static void paintLabel(QPainter& painter, const QRect& rect, const LabelItem& item);
};

} // namespace patron::ui
