#pragma once
// ReceiptTextRenderer: a receipt as plain text, line by line, for the on-screen preview, e-mail
// and logs. Barcodes and QR codes appear as their human-readable text; a logo is left out.

#include "sales/receipt/ColumnMeasure.h"
#include "sales/receipt/ReceiptDocument.h"
#include "sales/receipt/ReceiptLayout.h"

#include <QStringList>

namespace patron {

class ReceiptTextRenderer {
public:
    // Lines of `layout`; centred and right-aligned lines are padded with spaces, double-size
    // lines are shown at normal size.
    static QStringList render(const ReceiptLayout& layout, const ColumnMeasure& measure);
    // Lays the document out for `columns` (East Asian Width) and renders it, lines joined by \n.
    static QString renderText(const ReceiptDocument& doc, int columns);
};

} // namespace patron
