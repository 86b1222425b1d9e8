// The receipt model's plain-text rendering: column widths, wrapping, alignment, labels.

#include "SampleReceipts.h"
#include "TestEnv.h"

#include "sales/receipt/ColumnMeasure.h"
#include "sales/receipt/ReceiptLayouter.h"
#include "sales/receipt/ReceiptTextRenderer.h"

using namespace patron;
using namespace patron::test;

TEST_CASE("Column widths follow the output: screen, GB18030 printer, code-page printer", "[printing][text]")
{
    const ColumnMeasure screen(ColumnMeasure::Rule::EastAsianWidth);
    const ColumnMeasure gb(ColumnMeasure::Rule::DoubleByteCjk);
    const ColumnMeasure latin(ColumnMeasure::Rule::SingleByte);
    CHECK(screen.width(QStringLiteral("abc")) == 3);
    CHECK(screen.width(QStringLiteral("小计")) == 4);
    CHECK(screen.width(QStringLiteral("\uFFE5")) == 2);
    CHECK(screen.width(QStringLiteral("\u00D7")) == 1);   // × is narrow on screen…
    CHECK(gb.width(QStringLiteral("\u00D7")) == 2);       // …but two bytes, two columns, on a GB18030 printer
    CHECK(gb.width(QStringLiteral("2\u00D7\uFFE5")) == 5);
    CHECK(gb.width(QString::fromUtf8("😀")) == 2);        // one code point, printed as a 2-byte □
    CHECK(latin.width(QStringLiteral("Café 中")) == 6);
    CHECK(screen.width(QString::fromUtf8("e\u0301")) == 1);  // a combining accent takes no column
}

TEST_CASE("Wrapping never splits a character and keeps every line within the columns", "[printing][text]")
{
    const ColumnMeasure gb(ColumnMeasure::Rule::DoubleByteCjk);
    const QString name = QString::fromUtf8("农夫山泉😀天然饮用水𠀀 Spring water 550ml extra long English words");
    for (int cols : {7, 10, 32}) {
        const QStringList lines = gb.wrap(name, cols);
        REQUIRE(lines.size() > 1);
        QString joined;
        for (const QString& l : lines) {
            CHECK(gb.width(l) <= cols);
            for (QChar c : l) {
                // A high surrogate is always followed by its low one inside the same line.
                if (c.isHighSurrogate())
                    CHECK(l.indexOf(c) + 1 < l.size());
            }
            joined += l;
        }
        QString squeezed = name;
        squeezed.remove(u' ');
        joined.remove(u' ');
        CHECK(joined == squeezed);
    }
    // Words move whole to the next line when they fit there.
    CHECK(ColumnMeasure(ColumnMeasure::Rule::SingleByte).wrap(QStringLiteral("Thank you please come"), 10)
          == QStringList{QStringLiteral("Thank you"), QStringLiteral("please"), QStringLiteral("come")});
}

TEST_CASE("A sale renders in 32 and 48 columns with aligned amounts", "[printing][text]")
{
    const ReceiptDocument doc = sampleSale();
    for (int cols : {32, 48}) {
        INFO("columns " << cols);
        const QStringList lines = ReceiptTextRenderer::renderText(doc, cols).split(u'\n');
        for (const QString& l : lines) {
            INFO(l.toStdString());
            CHECK(displayWidth(l) <= cols);
        }
        CHECK(lines.join(u'\n').contains(QStringLiteral("示例便利店")));
        // Totals, tenders and change end at the right edge.
        for (const QString& key : {QStringLiteral("Subtotal"), QStringLiteral("Change"), QStringLiteral("Points balance")}) {
            const auto it = std::find_if(lines.begin(), lines.end(), [&](const QString& l) { return l.startsWith(key); });
            REQUIRE(it != lines.end());
            CHECK(displayWidth(*it) == cols);
        }
        const auto subtotal = std::find_if(lines.begin(), lines.end(), [](const QString& l) { return l.startsWith(QLatin1String("Subtotal")); });
        CHECK(subtotal->endsWith(QStringLiteral("\uFFE5") + QStringLiteral("27.02")));
        CHECK(lines.contains(QStringLiteral("Rounding") + QString(cols - 8 - 7, u' ') + QStringLiteral("-\uFFE50.02")));
        // Each item's figures row: the amount ends in the last column, in Chinese and English lines alike.
        for (const QString& amount : {QStringLiteral("4.00"), QStringLiteral("3.00"), QStringLiteral("19.52")}) {
            const auto row = std::find_if(lines.begin(), lines.end(), [&](const QString& l) {
                return l.startsWith(QLatin1String("  ")) && l.endsWith(amount);
            });
            REQUIRE(row != lines.end());
            CHECK(displayWidth(*row) == cols);
        }
        CHECK(lines.contains(QStringLiteral("Member") + QString(cols - 6 - 11, u' ') + QStringLiteral("138****5678")));
        CHECK_FALSE(lines.join(u'\n').contains(QStringLiteral("COPY")));
        // The total is double size on paper; on screen it spans the full width like the rest.
        CHECK(lines.contains(QStringLiteral("Total") + QString(cols - 5 - 7, u' ') + QStringLiteral("\uFFE525.50")));
    }
}

TEST_CASE("A reprint is marked as a copy; reports show their rows", "[printing][text]")
{
    ReceiptDocument doc = sampleSale();
    doc.copy = true;
    CHECK(ReceiptTextRenderer::renderText(doc, 32).contains(QStringLiteral("COPY")));

    ReceiptDocument z;
    z.kind = ReceiptKind::DayEndReport;
    z.showTotals = false;
    z.sections = {{QStringLiteral("销售汇总"), {{QStringLiteral("现金"), QStringLiteral("\uFFE51,234.00")},
                                               {QStringLiteral("交易笔数 Transactions"), QStringLiteral("87")}}}};
    const QString text = ReceiptTextRenderer::renderText(z, 32);
    CHECK(text.contains(QStringLiteral("Day-end report (Z)")));
    CHECK(text.contains(QStringLiteral("交易笔数 Transactions") + QString(32 - 21 - 2, u' ') + QStringLiteral("87")));
    CHECK_FALSE(text.contains(QStringLiteral("Total")));
}

TEST_CASE("Quantities, masks and hostile text", "[printing][text]")
{
    CHECK(ReceiptLayouter::formatQuantity(1000) == QStringLiteral("1"));
    CHECK(ReceiptLayouter::formatQuantity(1525) == QStringLiteral("1.525"));
    CHECK(ReceiptLayouter::formatQuantity(500) == QStringLiteral("0.5"));
    CHECK(ReceiptLayouter::formatQuantity(-2000) == QStringLiteral("-2"));
    CHECK(maskMobile(QStringLiteral("138 1234 5678")) == QStringLiteral("138****5678"));
    CHECK(maskReference(QStringLiteral("6222020200112233")) == QStringLiteral("****2233"));

    ReceiptDocument doc = sampleSale();
    doc.lines[0].name = QStringLiteral("Evil\x1B@\nname\ttab");
    const QString text = ReceiptTextRenderer::renderText(doc, 32);
    CHECK_FALSE(text.contains(QChar(0x1B)));
    CHECK(text.contains(QStringLiteral("Evil @ name tab")));
}
