#include "sales/receipt/ReceiptTextRenderer.h"

#include "sales/receipt/ReceiptLayouter.h"

namespace patron {

namespace {
template <class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

// A double-size line is laid out on half the columns; on screen it keeps normal size, so its
// widest gap grows to put the figure back at the right edge.
QString widen(const QString& text, int columns, const ColumnMeasure& measure)
{
    qsizetype bestAt = -1, bestLen = 0;
    for (qsizetype i = 0; i < text.size();) {
        qsizetype j = i;
        while (j < text.size() && text.at(j) == u' ')
            ++j;
        if (j - i > bestLen && i > 0 && j < text.size()) {
            bestAt = i;
            bestLen = j - i;
        }
        i = j == i ? i + 1 : j;
    }
    const int extra = columns - measure.width(text);
    if (bestAt < 0 || extra <= 0)
        return text;
    return text.left(bestAt) + QString(extra, u' ') + text.mid(bestAt);
}
} // namespace

QStringList ReceiptTextRenderer::render(const ReceiptLayout& layout, const ColumnMeasure& measure)
{
    QStringList lines;
    const int cols = layout.columns;
    for (const LayoutItem& item : layout.items) {
        std::visit(Overloaded{
                       [&](const LayoutText& t) {
                           switch (t.align) {
                           case LayoutText::Align::Left:
                               lines << (t.doubleSize ? widen(t.text, cols, measure) : t.text);
                               break;
                           case LayoutText::Align::Center: lines << measure.center(t.text, cols); break;
                           case LayoutText::Align::Right: lines << measure.padLeft(t.text, cols); break;
                           }
                       },
                       [&](const LayoutBarcode& b) { lines << measure.center(b.data, cols); },
                       [&](const LayoutQrCode& q) {
                           for (const QString& l : measure.wrap(q.payload, cols))
                               lines << measure.center(l, cols);
                       },
                       [](const LayoutLogo&) {},
                   },
                   item);
    }
    for (QString& l : lines)
        while (l.endsWith(u' '))
            l.chop(1);
    return lines;
}

QString ReceiptTextRenderer::renderText(const ReceiptDocument& doc, int columns)
{
    const ColumnMeasure measure(ColumnMeasure::Rule::EastAsianWidth);
    return render(ReceiptLayouter(columns, measure).layout(doc), measure).join(u'\n');
}

} // namespace patron
