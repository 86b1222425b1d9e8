// The gift redemption slip (积分兑换单): the document, its text at 32 and 48 columns with Chinese,
// and the ESC/POS bytes a fake printer on loopback receives through PrinterService.

#include "EscPosReader.h"
#include "FakePrinter.h"
#include "SampleReceipts.h"
#include "TempStore.h"
#include "TestEnv.h"

#include "devices/escpos/EscPosEncoder.h"
#include "devices/transport/PrintJob.h"
#include "devices/transport/PrinterService.h"
#include "sales/ReceiptBuilder.h"
#include "sales/receipt/ReceiptTextRenderer.h"

#include <QEventLoop>
#include <QTimer>

using namespace patron;
using namespace patron::test;

namespace {
GiftRedemptionFacts facts(TempStore& t)
{
    GiftRedemptionFacts f;
    f.cashier = QStringLiteral("li");
    f.at = t.clock().now();
    f.maskedMobile = QStringLiteral("138****5678");
    f.tier = QStringLiteral("金卡");
    f.giftName = QStringLiteral("不锈钢保温杯 500ml 真空双层（颜色随机）");  // wraps at 32 columns
    f.pointsUsed = 1500;
    f.pointsBalance = 320;
    f.ledgerEntryId = 4711;
    return f;
}
} // namespace

TEST_CASE("A gift slip names the gift, the points used and the balance after", "[printing][gift]")
{
    TempStore t;
    const ReceiptDocument doc = buildGiftRedemptionReceipt(t.db(), t.clock(), t.store().identity(), facts(t));
    CHECK(doc.kind == ReceiptKind::GiftRedemption);
    CHECK_FALSE(doc.showTotals);
    CHECK(doc.tenders.isEmpty());      // nothing was paid in money
    CHECK(doc.barcodeValue.isEmpty());  // scanning the slip must not open a return
    REQUIRE(doc.member);
    CHECK(doc.member->pointsUsed == 1500);
    CHECK(doc.member->pointsBalance == 320);
    for (int columns : {32, 48}) {
        const QString text = ReceiptTextRenderer::renderText(doc, columns);
        INFO(text.toStdString());
        const QStringList lines = text.split(u'\n');
        for (const QString& l : lines)
            CHECK(displayWidth(l) <= columns);
        CHECK(text.contains(QStringLiteral("Gift redemption")));
        CHECK(text.contains(QStringLiteral("不锈钢保温杯")));
        CHECK(text.contains(QStringLiteral("金卡")));
        CHECK(text.contains(QStringLiteral("138****5678")));
        CHECK(text.contains(QStringLiteral("4711")));
        // Right-aligned figures end at the last column.
        for (const auto& [key, value] : {std::pair{QStringLiteral("Points used"), QStringLiteral("1500")},
                                         std::pair{QStringLiteral("Points balance"), QStringLiteral("320")}}) {
            const auto row = std::find_if(lines.begin(), lines.end(), [&](const QString& l) { return l.startsWith(key); });
            REQUIRE(row != lines.end());
            CHECK(row->endsWith(value));
            CHECK(displayWidth(*row) == columns);
        }
        CHECK_FALSE(text.contains(QStringLiteral("Total")));
        CHECK_FALSE(text.contains(QStringLiteral("\uFFE5")));
    }
}

TEST_CASE("A gift slip on the fake printer: GB18030 text, no drawer, cut", "[printing][gift]")
{
    TempStore t;
    const ReceiptDocument doc = buildGiftRedemptionReceipt(t.db(), t.clock(), t.store().identity(), facts(t));
    auto printer = FakePrinter::tcp();
    PrinterService service;
    std::optional<PrintOutcome> outcome;
    QEventLoop loop;
    QObject::connect(&service, &PrinterService::finished, [&](const PrintOutcome& o) {
        outcome = o;
        loop.quit();
    });
    PrintJob job;
    job.printerUri = printer->uri();
    job.bytes = EscPosEncoder(PrinterProfile::chinese(32)).encode(doc, {false, true});
    job.timeouts.statusMs = 300;  // the fake printer does not answer DLE EOT
    service.submit(job);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    REQUIRE(outcome);
    CHECK(outcome->ok);

    const QByteArray bytes = printer->waitForJob();
    CHECK(bytes.endsWith(job.bytes));
    EscPosReader r(bytes, "GB18030");
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    const QString all = r.texts().join(u'\n');
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("不锈钢保温杯")));
    CHECK(all.contains(QStringLiteral("金卡")));
    CHECK(all.contains(QStringLiteral("138****5678")));
    CHECK(r.fourByteSequences() == 0);
    for (const PrintedLine& line : r.lines()) {
        INFO(line.text.toStdString());
        CHECK(line.raw.size() * (line.doubleSize ? 2 : 1) <= 32);
    }
    CHECK_FALSE(r.has(QByteArray::fromHex("1b70")));  // no drawer pulse for a gift
    CHECK_FALSE(r.has(QByteArray::fromHex("1d6b")));  // no barcode
    CHECK(r.has(QByteArray::fromHex("1d56")));        // cut
}
