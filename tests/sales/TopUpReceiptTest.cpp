#include "TempStore.h"
#include "TestEnv.h"

#include "sales/ReceiptBuilder.h"
#include "sales/receipt/ReceiptTextRenderer.h"

using namespace patron;
using namespace patron::test;

TEST_CASE("A top-up slip shows what was paid in, the bonus and the balance", "[sales][receipt][topup]")
{
    TempStore t;
    TopUpFacts f;
    f.cashier = QStringLiteral("li");
    f.at = t.clock().now();
    f.maskedMobile = QStringLiteral("138****5678");
    f.tier = QStringLiteral("金卡");
    f.paidMinor = 10000;
    f.bonusMinor = 2000;
    f.balanceMinor = 15050;
    f.pointsBalance = 320;
    f.tenderName = QStringLiteral("WeChat Pay");
    f.reference = QStringLiteral("4200001234567890");
    const ReceiptDocument doc = buildTopUpReceipt(t.db(), t.clock(), t.store().identity(), f);
    CHECK(doc.kind == ReceiptKind::TopUpSlip);
    for (int columns : {32, 48}) {
        const QString text = ReceiptTextRenderer::renderText(doc, columns);
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("\uFFE5100.00")));   // paid in
        CHECK(text.contains(QStringLiteral("\uFFE520.00")));    // 送 20
        CHECK(text.contains(QStringLiteral("\uFFE5120.00")));   // credited
        CHECK(text.contains(QStringLiteral("\uFFE5150.50")));   // balance now
        CHECK(text.contains(QStringLiteral("138****5678")));
        CHECK_FALSE(text.contains(QStringLiteral("13812345678")));
        CHECK_FALSE(text.contains(QStringLiteral("4200001234567890")));  // the reference only masked
    }
}
