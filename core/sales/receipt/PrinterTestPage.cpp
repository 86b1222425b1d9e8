#include "sales/receipt/PrinterTestPage.h"

#include <QCoreApplication>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct PrinterTestPageTr {
    Q_DECLARE_TR_FUNCTIONS(patron::PrinterTestPage)
};

ReceiptDocument makePrinterTestPage(int columns, const QDateTime& now)
{
    ReceiptDocument doc;
    doc.kind = ReceiptKind::TestPage;
    doc.showTotals = false;
    doc.header.storeName = QStringLiteral("Patron");
    doc.issuedAt = now;
    doc.receiptNumber = QStringLiteral("TEST-%1").arg(now.toString(QStringLiteral("yyyyMMddHHmmss")));

    // The ruler must end exactly at the right edge: digits 1-9,0 repeated across the paper.
    QString ruler;
    for (int i = 1; i <= columns; ++i)
        ruler += QChar(u'0' + i % 10);
    ReceiptSection text;
    text.title = PrinterTestPageTr::tr("Text");
    // Both scripts on purpose, whatever the interface language: the test is of the printer.
    text.rows = {{QStringLiteral("中文：会员积分 储值余额 找零"), QString()},
                 {QStringLiteral("English: The quick brown fox jumps over the lazy dog"), QString()},
                 {QStringLiteral("\uFFE5 1234567890 %&*#@"), QString()},
                 {ruler, QString()}};
    ReceiptSection paper;
    paper.title = PrinterTestPageTr::tr("Paper");
    paper.rows = {{PrinterTestPageTr::tr("Columns"), QString::number(columns)}};
    doc.sections = {text, paper};
    doc.lines = {{QStringLiteral("农夫山泉 天然饮用水 Nongfu Spring 550ml"), 2000, QStringLiteral("瓶"), 200, 400, 0, {}}};
    doc.footer = PrinterTestPageTr::tr("If this page reads well and was cut, the printer is set up.");
    doc.barcodeValue = doc.receiptNumber;
    doc.qrPayload = QStringLiteral("PATRON-PRINTER-TEST");
    return doc;
}

} // namespace patron
