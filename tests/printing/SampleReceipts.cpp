#include "SampleReceipts.h"

#include <QTimeZone>

namespace patron::test {

ReceiptDocument sampleSale()
{
    ReceiptDocument d;
    d.kind = ReceiptKind::Sale;
    d.header.storeName = QStringLiteral("示例便利店");
    d.header.address = QStringLiteral("上海市黄浦区南京东路100号 Nanjing Road East");
    d.header.phone = QStringLiteral("021-12345678");
    d.receiptNumber = QStringLiteral("RSH01-T1-1-000123");
    d.issuedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 34, 56), QTimeZone(8 * 3600));
    d.cashier = QStringLiteral("张三");
    d.lines = {
        {QStringLiteral("农夫山泉 天然饮用水 550ml 特别长的商品名称需要换行显示"), 2000, QStringLiteral("瓶"), 200, 400, 0, {}},
        {QStringLiteral("Coca-Cola Zero Sugar 330ml can, imported"), 1000, {}, 350, 300, 50, QStringLiteral("会员价 Member price")},
        {QStringLiteral("苹果 红富士"), 1525, QStringLiteral("kg"), 1280, 1952, 0, {}},
    };
    d.totals = {4, 2702, 102, 2, 2550};
    d.tenders = {{QStringLiteral("现金 Cash"), 2000, {}},
                 {QStringLiteral("微信支付"), 1000, maskReference(QStringLiteral("4200001234567890"))}};
    d.changeMinor = 450;
    ReceiptMember m;
    m.maskedMobile = maskMobile(QStringLiteral("13812345678"));
    m.tier = QStringLiteral("金卡");
    m.pointsEarned = 25;
    m.pointsBalance = 1234;
    m.showStoredValue = true;
    m.storedValueBalanceMinor = 45000;
    d.member = m;
    d.footer = QStringLiteral("谢谢惠顾，欢迎再次光临！\nThank you, please come again.");
    d.barcodeValue = d.receiptNumber;
    d.qrPayload = QStringLiteral("https://patron.example/r/RSH01-T1-1-000123");
    return d;
}

int displayWidth(const QString& s)
{
    int w = 0;
    for (char32_t c : s.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
            || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
            || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        w += wide ? 2 : 1;
    }
    return w;
}

} // namespace patron::test
