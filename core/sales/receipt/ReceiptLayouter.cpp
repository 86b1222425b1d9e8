#include "sales/receipt/ReceiptLayouter.h"

#include "money/Money.h"

#include <QCoreApplication>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct ReceiptLayouterTr {
    Q_DECLARE_TR_FUNCTIONS(patron::ReceiptLayouter)
};

namespace {

// Product names and store texts come from people: control characters (tabs, newlines, ESC)
// would break the grid or, on a printer, start a command. They become spaces.
QString clean(const QString& s)
{
    QString out = s;
    for (QChar& c : out)
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || (c.unicode() >= 0x80 && c.unicode() < 0xA0))
            c = u' ';
    return out;
}

// Printable ASCII only: CODE128 set B cannot carry anything else.
bool isCode128Printable(const QString& s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    return true;
}
} // namespace

ReceiptLayouter::ReceiptLayouter(int columns, ColumnMeasure measure)
    : m_columns(columns < 16 ? 16 : columns), m_measure(measure)
{
}

QString ReceiptLayouter::title(ReceiptKind kind)
{
    switch (kind) {
    case ReceiptKind::Sale: return ReceiptLayouterTr::tr("Sales receipt");
    case ReceiptKind::ReturnSlip: return ReceiptLayouterTr::tr("Return slip");
    case ReceiptKind::TopUpSlip: return ReceiptLayouterTr::tr("Stored value top-up");
    case ReceiptKind::GiftRedemption: return ReceiptLayouterTr::tr("Gift redemption");
    case ReceiptKind::ShiftReport: return ReceiptLayouterTr::tr("Shift report (X)");
    case ReceiptKind::DayEndReport: return ReceiptLayouterTr::tr("Day-end report (Z)");
    case ReceiptKind::TestPage: return ReceiptLayouterTr::tr("Printer test page");
    }
    return QString();
}

QString ReceiptLayouter::formatQuantity(qint64 qtyMilli)
{
    const bool negative = qtyMilli < 0;
    const qint64 abs = negative ? -qtyMilli : qtyMilli;
    QString s = QString::number(abs / 1000);
    if (const qint64 frac = abs % 1000) {
        QString f = QStringLiteral("%1").arg(frac, 3, 10, QChar(u'0'));
        while (f.endsWith(u'0'))
            f.chop(1);
        s += u'.' + f;
    }
    return negative ? u'-' + s : s;
}

ReceiptLayout ReceiptLayouter::layout(const ReceiptDocument& doc) const
{
    ReceiptLayout out;
    out.columns = m_columns;
    addHeader(doc, out);
    addLines(doc, out);
    addTotals(doc, out);
    addTenders(doc, out);
    addMember(doc, out);
    addSections(doc, out);
    addFooter(doc, out);
    return out;
}

void ReceiptLayouter::addHeader(const ReceiptDocument& doc, ReceiptLayout& out) const
{
    if (!doc.header.logo.isNull())
        out.items.append(LayoutLogo{doc.header.logo});
    const QString name = clean(doc.header.storeName).trimmed();
    if (!name.isEmpty()) {
        // The store name in double size when it fits in half the columns.
        if (m_measure.width(name) <= m_columns / 2)
            out.items.append(LayoutText{name, LayoutText::Align::Center, true, true});
        else
            wrapped(out, name, LayoutText::Align::Center, true);
    }
    wrapped(out, clean(doc.header.address).trimmed(), LayoutText::Align::Center);
    if (!doc.header.phone.isEmpty())
        wrapped(out, ReceiptLayouterTr::tr("Tel: %1").arg(clean(doc.header.phone).trimmed()), LayoutText::Align::Center);
    if (!doc.header.taxId.isEmpty())
        wrapped(out, ReceiptLayouterTr::tr("Tax ID: %1").arg(clean(doc.header.taxId).trimmed()), LayoutText::Align::Center);
    if (doc.copy)
        text(out, ReceiptLayouterTr::tr("*** COPY (reprint) ***"), LayoutText::Align::Center, true);
    text(out, title(doc.kind), LayoutText::Align::Center, true);
    rule(out);
    if (!doc.receiptNumber.isEmpty())
        keyValue(out, ReceiptLayouterTr::tr("No."), clean(doc.receiptNumber));
    if (!doc.originalReceiptNumber.isEmpty())
        keyValue(out, ReceiptLayouterTr::tr("Original receipt"), clean(doc.originalReceiptNumber));
    if (doc.issuedAt.isValid())
        keyValue(out, ReceiptLayouterTr::tr("Date"), doc.issuedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (!doc.cashier.isEmpty())
        keyValue(out, ReceiptLayouterTr::tr("Cashier"), clean(doc.cashier));
}

void ReceiptLayouter::addLines(const ReceiptDocument& doc, ReceiptLayout& out) const
{
    if (doc.lines.isEmpty())
        return;
    // Quantity, unit price and amount in three right-aligned columns after a small indent, so
    // figures line up whatever script the product names are in.
    const int indent = 2;
    const int field = (m_columns - indent) / 3;
    const int first = m_columns - indent - 2 * field;
    rule(out);
    text(out, m_measure.padRight(ReceiptLayouterTr::tr("Item"), indent + first - m_measure.width(ReceiptLayouterTr::tr("Qty")))
                  + ReceiptLayouterTr::tr("Qty") + m_measure.padLeft(ReceiptLayouterTr::tr("Price"), field)
                  + m_measure.padLeft(ReceiptLayouterTr::tr("Amount"), field));
    const QString indentText(indent, u' ');
    for (const ReceiptLine& line : doc.lines) {
        wrapped(out, clean(line.name).trimmed(), LayoutText::Align::Left);
        const QString qty = formatQuantity(line.qtyMilli) + clean(line.unit);
        text(out, indentText + m_measure.padLeft(qty, first)
                      + m_measure.padLeft(Money(line.unitPriceMinor, doc.currency).toPlainString(), field)
                      + m_measure.padLeft(Money(line.amountMinor, doc.currency).toPlainString(), field));
        if (line.discountMinor != 0)
            keyValue(out, indentText + ReceiptLayouterTr::tr("Discount"), Money(-line.discountMinor, doc.currency).toPlainString());
        if (!line.note.isEmpty())
            for (const QString& l : m_measure.wrap(clean(line.note).trimmed(), m_columns - indent))
                text(out, indentText + l);
    }
}

void ReceiptLayouter::addTotals(const ReceiptDocument& doc, ReceiptLayout& out) const
{
    if (!doc.showTotals)
        return;
    const ReceiptTotals& t = doc.totals;
    auto money = [&](qint64 minor) { return Money(minor, doc.currency).toDisplayString(); };
    rule(out);
    keyValue(out, ReceiptLayouterTr::tr("Items"), QString::number(t.itemCount));
    keyValue(out, ReceiptLayouterTr::tr("Subtotal"), money(t.subtotalMinor));
    if (t.discountMinor != 0)
        keyValue(out, ReceiptLayouterTr::tr("Discount"), money(-t.discountMinor));
    if (t.roundingMinor != 0)
        keyValue(out, ReceiptLayouterTr::tr("Rounding"), money(-t.roundingMinor));
    const QString label = doc.kind == ReceiptKind::ReturnSlip ? ReceiptLayouterTr::tr("Refund") : ReceiptLayouterTr::tr("Total");
    // The total in double size when it fits in half the columns; bold otherwise.
    const QString big = m_measure.spread(label, money(t.totalDueMinor), m_columns / 2);
    if (!big.isEmpty())
        out.items.append(LayoutText{big, LayoutText::Align::Left, true, true});
    else
        keyValue(out, label, money(t.totalDueMinor), true);
}

void ReceiptLayouter::addTenders(const ReceiptDocument& doc, ReceiptLayout& out) const
{
    if (doc.tenders.isEmpty())
        return;
    rule(out);
    for (const ReceiptTender& tender : doc.tenders) {
        QString name = clean(tender.name).trimmed();
        if (!tender.reference.isEmpty())
            name += u' ' + clean(tender.reference);
        keyValue(out, name, Money(tender.amountMinor, doc.currency).toDisplayString());
    }
    if (doc.changeMinor != 0)
        keyValue(out, ReceiptLayouterTr::tr("Change"), Money(doc.changeMinor, doc.currency).toDisplayString());
}

void ReceiptLayouter::addMember(const ReceiptDocument& doc, ReceiptLayout& out) const
{
    if (!doc.member)
        return;
    const ReceiptMember& m = *doc.member;
    rule(out);
    keyValue(out, ReceiptLayouterTr::tr("Member"), clean(m.maskedMobile));
    if (!m.tier.isEmpty())
        keyValue(out, ReceiptLayouterTr::tr("Tier"), clean(m.tier));
    if (m.pointsEarned != 0)
        keyValue(out, ReceiptLayouterTr::tr("Points earned"), QString::number(m.pointsEarned));
    if (m.pointsUsed != 0)
        keyValue(out, ReceiptLayouterTr::tr("Points used"), QString::number(m.pointsUsed));
    keyValue(out, ReceiptLayouterTr::tr("Points balance"), QString::number(m.pointsBalance));
    if (m.showStoredValue) {
        if (m.storedValueUsedMinor != 0)
            keyValue(out, ReceiptLayouterTr::tr("Stored value used"), Money(m.storedValueUsedMinor, doc.currency).toDisplayString());
        keyValue(out, ReceiptLayouterTr::tr("Stored value balance"), Money(m.storedValueBalanceMinor, doc.currency).toDisplayString());
    }
}

void ReceiptLayouter::addSections(const ReceiptDocument& doc, ReceiptLayout& out) const
{
    for (const ReceiptSection& section : doc.sections) {
        rule(out);
        if (!section.title.isEmpty())
            text(out, clean(section.title).trimmed(), LayoutText::Align::Center, true);
        for (const ReceiptRow& row : section.rows) {
            if (row.value.isEmpty())
                wrapped(out, clean(row.key), LayoutText::Align::Left);
            else
                keyValue(out, clean(row.key), clean(row.value));
        }
    }
}

void ReceiptLayouter::addFooter(const ReceiptDocument& doc, ReceiptLayout& out) const
{
    rule(out);
    for (const QString& paragraph : doc.footer.split(u'\n'))
        wrapped(out, clean(paragraph).trimmed(), LayoutText::Align::Center);
    if (isCode128Printable(doc.barcodeValue))
        out.items.append(LayoutBarcode{doc.barcodeValue});
    else if (!doc.barcodeValue.isEmpty())  // cannot be a barcode: at least print it readable
        wrapped(out, clean(doc.barcodeValue), LayoutText::Align::Center);
    if (!doc.qrPayload.isEmpty())
        out.items.append(LayoutQrCode{doc.qrPayload});
}

void ReceiptLayouter::text(ReceiptLayout& out, const QString& line, LayoutText::Align align, bool bold) const
{
    out.items.append(LayoutText{m_measure.truncate(line, m_columns), align, bold, false});
}

void ReceiptLayouter::wrapped(ReceiptLayout& out, const QString& s, LayoutText::Align align, bool bold) const
{
    if (s.isEmpty())
        return;
    for (const QString& line : m_measure.wrap(s, m_columns))
        text(out, line, align, bold);
}

void ReceiptLayouter::keyValue(ReceiptLayout& out, const QString& key, const QString& value, bool bold) const
{
    const QString line = m_measure.spread(key, value, m_columns);
    if (!line.isEmpty()) {
        text(out, line, LayoutText::Align::Left, bold);
        return;
    }
    wrapped(out, key, LayoutText::Align::Left, bold);
    for (const QString& v : m_measure.wrap(value, m_columns))
        text(out, m_measure.padLeft(v, m_columns), LayoutText::Align::Left, bold);
}

void ReceiptLayouter::rule(ReceiptLayout& out, QChar c) const
{
    out.items.append(LayoutText{QString(m_columns, c), LayoutText::Align::Left, false, false});
}

} // namespace patron
