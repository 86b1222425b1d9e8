#pragma once
// ReceiptLayout: a receipt laid out for one paper width, as a list of items an output can render
// without knowing what a receipt is: text lines (already padded to the column grid), barcodes,
// QR codes and a logo. The plain-text renderer and the ESC/POS encoder both consume it, so the
// screen preview and the paper show the same lines.

#include "sales/receipt/MonoBitmap.h"

#include <QList>
#include <QString>

#include <variant>

namespace patron {

struct LayoutText {
    enum class Align { Left, Center, Right };
    QString text;              // fits the columns (half of them when doubleSize)
    Align align = Align::Left;
    bool bold = false;
    bool doubleSize = false;   // double width and height: the total due
};

struct LayoutBarcode {
    QString data;  // CODE128, printable ASCII
};

struct LayoutQrCode {
    QString payload;
};

struct LayoutLogo {
    MonoBitmap bitmap;
};

using LayoutItem = std::variant<LayoutText, LayoutBarcode, LayoutQrCode, LayoutLogo>;

struct ReceiptLayout {
    int columns = 48;
    QList<LayoutItem> items;
};

} // namespace patron
