#pragma once
// ReceiptLayouter: lays a ReceiptDocument out on a column grid (32 columns for 58 mm paper, 48
// for 80 mm) measured the way the output measures text, with translated labels.

#include "sales/receipt/ColumnMeasure.h"
#include "sales/receipt/ReceiptDocument.h"
#include "sales/receipt/ReceiptLayout.h"

namespace patron {

class ReceiptLayouter {
public:
    ReceiptLayouter(int columns, ColumnMeasure measure);

    ReceiptLayout layout(const ReceiptDocument& doc) const;

    // The slip's title for its kind ("Sales receipt", "Z report", …), translated.
    static QString title(ReceiptKind kind);
    // 1000 -> "1", 1525 -> "1.525", 500 -> "0.5".
    static QString formatQuantity(qint64 qtyMilli);

private:
    void addHeader(const ReceiptDocument& doc, ReceiptLayout& out) const;
    void addLines(const ReceiptDocument& doc, ReceiptLayout& out) const;
    void addTotals(const ReceiptDocument& doc, ReceiptLayout& out) const;
    void addTenders(const ReceiptDocument& doc, ReceiptLayout& out) const;
    void addMember(const ReceiptDocument& doc, ReceiptLayout& out) const;
    void addSections(const ReceiptDocument& doc, ReceiptLayout& out) const;
    void addFooter(const ReceiptDocument& doc, ReceiptLayout& out) const;

    void text(ReceiptLayout& out, const QString& line, LayoutText::Align align = LayoutText::Align::Left,
              bool bold = false) const;
    void wrapped(ReceiptLayout& out, const QString& text, LayoutText::Align align, bool bold = false) const;
    // "Label      value" on one line, or the label and then the value right-aligned below it.
    void keyValue(ReceiptLayout& out, const QString& key, const QString& value, bool bold = false) const;
    void rule(ReceiptLayout& out, QChar c = u'-') const;

    int m_columns;
    ColumnMeasure m_measure;
};

} // namespace patron
