#include "TestEnv.h"

#include "devices/scan/ScanRouter.h"

using namespace patron;

namespace {

const ScanContext kAllContexts[] = {ScanContext::Sale, ScanContext::Payment, ScanContext::Member,
                                    ScanContext::Return, ScanContext::Other};

MemberCodeRules cardRules()
{
    MemberCodeRules rules;
    rules.cardPrefixes = {QStringLiteral("8800")};
    rules.cardLength = 10;
    return rules;
}

ScanRouter defaultRouter() { return ScanRouter(ScaleLayout::defaults(), cardRules()); }

template <typename T>
const T& as(const ScanTarget& target)
{
    REQUIRE(std::holds_alternative<T>(target));
    return std::get<T>(target);
}

// Payment codes in the published shapes. WeChat: 18 digits, 10-15. Alipay: 16-24 digits, 25-30.
const QString kWeChat = QStringLiteral("130112345678901234");
const QString kAlipay16 = QStringLiteral("2501234567891234");
const QString kAlipay24 = QStringLiteral("300123456789012345671234");

} // namespace

TEST_CASE("Product barcodes route to Product with their barcode info", "[router]")
{
    const ScanRouter router = defaultRouter();
    for (ScanContext context : kAllContexts) {
        const auto target = router.route(QStringLiteral("6901234567892"), context);
        CHECK(routeOf(target) == ScanRoute::Product);
        CHECK(as<ProductCode>(target).barcode.kind == BarcodeKind::Ean13);
    }
    const auto upc = router.route(QStringLiteral("036000291452"), ScanContext::Sale);
    CHECK(as<ProductCode>(upc).barcode.key == QStringLiteral("0036000291452"));
    const auto internal = router.route(QStringLiteral("P-0001"), ScanContext::Sale);
    CHECK(as<ProductCode>(internal).barcode.kind == BarcodeKind::Internal);
    // Full-width input is normalised before routing.
    const auto fullWidth = router.route(QStringLiteral("６９０１２３４５６７８９２"), ScanContext::Sale);
    CHECK(as<ProductCode>(fullWidth).barcode.normalized == QStringLiteral("6901234567892"));
}

TEST_CASE("Bad check digits and empty scans are Unknown with a reason", "[router]")
{
    const ScanRouter router = defaultRouter();
    // (A flag-26 label with a bad check digit is Alipay-shaped: see the overlap case.)
    for (const char* bad : {"6901234567893", "2110001005009", "40063813", ""}) {
        INFO(bad);
        const auto target = router.route(QString::fromLatin1(bad), ScanContext::Sale);
        REQUIRE(routeOf(target) == ScanRoute::Unknown);
        CHECK(as<UnknownCode>(target).reason.code == ErrorCode::InvalidInput);
        CHECK_FALSE(as<UnknownCode>(target).reason.message.isEmpty());
    }
}

TEST_CASE("Scale labels route to ScaleLabel, parsed", "[router]")
{
    const ScanRouter router = defaultRouter();
    const auto price = router.route(QStringLiteral("2110001005008"), ScanContext::Sale);
    CHECK(as<ScaleLabel>(price).plu == QStringLiteral("10001"));
    CHECK(as<ScaleLabel>(price).amountMinor == 500);

    const auto both = router.route(QStringLiteral("261000101250005007"), ScanContext::Return);
    CHECK(as<ScaleLabel>(both).amountMinor == 1250);
    CHECK(as<ScaleLabel>(both).weightMilli == 500);

    // 13 digits is no payment-code shape: a label stays a label on the payment screen too.
    CHECK(routeOf(router.route(QStringLiteral("2110001005008"), ScanContext::Payment))
          == ScanRoute::ScaleLabel);
    // An in-store EAN-13 whose flag no layout claims is a product code of the shop's own.
    const auto ownCode = router.route(QStringLiteral("2510001005006"), ScanContext::Sale);
    CHECK(as<ProductCode>(ownCode).barcode.isInStoreRange());
}

TEST_CASE("Member cards by configured prefix and length, and member QR codes", "[router]")
{
    const ScanRouter router = defaultRouter();
    for (ScanContext context : kAllContexts) {
        const auto card = router.route(QStringLiteral("8800012345"), context);
        CHECK(as<MemberCode>(card).cardNumber == QStringLiteral("8800012345"));
        CHECK_FALSE(as<MemberCode>(card).fromQr);

        const auto qr = router.route(QStringLiteral("PATRON:M:8800012345"), context);
        CHECK(as<MemberCode>(qr).cardNumber == QStringLiteral("8800012345"));
        CHECK(as<MemberCode>(qr).fromQr);
    }
    // Wrong length or prefix: not a card.
    CHECK(routeOf(router.route(QStringLiteral("880001234"), ScanContext::Sale)) == ScanRoute::Product);
    CHECK(routeOf(router.route(QStringLiteral("8900012345"), ScanContext::Sale)) == ScanRoute::Product);
    // A QR with the prefix but no card.
    const auto empty = router.route(QStringLiteral("PATRON:M:"), ScanContext::Member);
    CHECK(as<UnknownCode>(empty).reason.code == ErrorCode::InvalidInput);

    // With no card rules nothing is a card, except by QR.
    const ScanRouter noCards(ScaleLayout::defaults(), MemberCodeRules{});
    CHECK(routeOf(noCards.route(QStringLiteral("8800012345"), ScanContext::Sale)) == ScanRoute::Product);
    CHECK(routeOf(noCards.route(QStringLiteral("PATRON:M:42"), ScanContext::Sale))
          == ScanRoute::MemberCard);
}

TEST_CASE("Card rules win over scale labels: the shop configured them on purpose", "[router]")
{
    MemberCodeRules rules;
    rules.cardPrefixes = {QStringLiteral("21")};
    rules.cardLength = 13;
    const ScanRouter router(ScaleLayout::defaults(), rules);
    CHECK(routeOf(router.route(QStringLiteral("2110001005008"), ScanContext::Sale))
          == ScanRoute::MemberCard);
}

TEST_CASE("Receipt numbers route to Receipt, split into their parts", "[router]")
{
    const ScanRouter router = defaultRouter();
    for (ScanContext context : kAllContexts) {
        const auto target = router.route(QStringLiteral("RSH01-T1-1-000123"), context);
        const ReceiptRef& r = as<ReceiptRef>(target);
        CHECK(r.text == QStringLiteral("RSH01-T1-1-000123"));
        CHECK(r.storeCode == QStringLiteral("SH01"));
        CHECK(r.tillCode == QStringLiteral("T1"));
        CHECK(r.epoch == 1);
        CHECK(r.sequence == 123);
    }
    const auto later = parseReceiptNumber(QStringLiteral("RBJ7-T12-3-999999999"));
    REQUIRE(later.has_value());
    CHECK(later->epoch == 3);
    CHECK(later->sequence == 999999999);
    for (const char* notReceipt : {"RSH01-T1-1", "SH01-T1-1-000123", "RSH01-T1-x-000123",
                                   "RSH01--1-000123", "RSH01-T1-1-000123-4", "R-T1-1-1"}) {
        INFO(notReceipt);
        CHECK_FALSE(parseReceiptNumber(QString::fromLatin1(notReceipt)).has_value());
    }
}

TEST_CASE("Payment codes are recognised on the payment screen only, masked", "[router]")
{
    const ScanRouter router = defaultRouter();
    const auto wechat = router.route(kWeChat, ScanContext::Payment);
    CHECK(as<PaymentCode>(wechat).provider == PaymentProvider::WeChat);
    CHECK(as<PaymentCode>(wechat).masked == QStringLiteral("1301**********1234"));
    CHECK(as<PaymentCode>(wechat).rawForProviderOnly == kWeChat);

    const auto alipay = router.route(kAlipay16, ScanContext::Payment);
    CHECK(as<PaymentCode>(alipay).provider == PaymentProvider::Alipay);
    CHECK(as<PaymentCode>(alipay).masked == QStringLiteral("2501********1234"));
    CHECK(as<PaymentCode>(router.route(kAlipay24, ScanContext::Payment)).masked
          == QStringLiteral("3001****************1234"));

    // Elsewhere a payment code is never looked up as a product, and the reason shows it masked.
    for (ScanContext context : {ScanContext::Sale, ScanContext::Member, ScanContext::Return,
                                ScanContext::Other}) {
        for (const QString& code : {kWeChat, kAlipay16, kAlipay24}) {
            INFO(code.toStdString());
            const auto target = router.route(code, context);
            REQUIRE(routeOf(target) == ScanRoute::Unknown);
            const Error& reason = as<UnknownCode>(target).reason;
            CHECK(reason.code == ErrorCode::Refused);
            CHECK_FALSE(reason.message.contains(code));
            CHECK(reason.message.contains(maskedPaymentCode(code)));
        }
    }
}

TEST_CASE("Payment code shapes at their boundaries", "[router]")
{
    // WeChat: exactly 18 digits starting 10-15.
    CHECK(paymentProviderOf(QStringLiteral("100000000000000000")) == PaymentProvider::WeChat);
    CHECK(paymentProviderOf(QStringLiteral("159999999999999999")) == PaymentProvider::WeChat);
    CHECK_FALSE(paymentProviderOf(QStringLiteral("099999999999999999")).has_value());
    CHECK_FALSE(paymentProviderOf(QStringLiteral("160000000000000000")).has_value());
    CHECK_FALSE(paymentProviderOf(QStringLiteral("13011234567890123")).has_value());    // 17
    CHECK_FALSE(paymentProviderOf(QStringLiteral("1301123456789012345")).has_value());  // 19
    // Alipay: 16 to 24 digits starting 25-30.
    CHECK(paymentProviderOf(QStringLiteral("2500000000000000")) == PaymentProvider::Alipay);
    CHECK(paymentProviderOf(QStringLiteral("300000000000000000000000")) == PaymentProvider::Alipay);
    CHECK_FALSE(paymentProviderOf(QStringLiteral("250000000000000")).has_value());      // 15
    CHECK_FALSE(paymentProviderOf(QStringLiteral("3000000000000000000000000")).has_value());  // 25
    CHECK_FALSE(paymentProviderOf(QStringLiteral("2400000000000000")).has_value());
    CHECK_FALSE(paymentProviderOf(QStringLiteral("3100000000000000")).has_value());
    CHECK_FALSE(paymentProviderOf(QStringLiteral("25000000000000a0")).has_value());

    // Not a payment shape: the payment screen routes it as usual.
    CHECK(routeOf(defaultRouter().route(QStringLiteral("160000000000000000"), ScanContext::Payment))
          == ScanRoute::Product);
}

TEST_CASE("Alipay codes overlap 18-digit scale labels: the screen decides", "[router]")
{
    const ScanRouter router = defaultRouter();
    // A valid flag-26 label is also an Alipay-shaped code (18 digits starting 26).
    const QString label = QStringLiteral("261000101250005007");
    CHECK(routeOf(router.route(label, ScanContext::Sale)) == ScanRoute::ScaleLabel);
    CHECK(routeOf(router.route(label, ScanContext::Return)) == ScanRoute::ScaleLabel);
    const auto paid = router.route(label, ScanContext::Payment);
    CHECK(as<PaymentCode>(paid).provider == PaymentProvider::Alipay);

    // An Alipay code the flag-26 layout claims but whose check digit fails is reported as a
    // payment code, masked: the scale error would have quoted it in full.
    const QString alipay = QStringLiteral("261234567890123456");
    const auto onSale = router.route(alipay, ScanContext::Sale);
    REQUIRE(routeOf(onSale) == ScanRoute::Unknown);
    CHECK_FALSE(as<UnknownCode>(onSale).reason.message.contains(alipay));
    CHECK(as<UnknownCode>(onSale).reason.code == ErrorCode::Refused);

    // Member cards that look like payment codes: payment wins on the payment screen only.
    MemberCodeRules rules;
    rules.cardPrefixes = {QStringLiteral("13")};
    rules.cardLength = 18;
    const ScanRouter cardsLikeWeChat(ScaleLayout::defaults(), rules);
    CHECK(routeOf(cardsLikeWeChat.route(kWeChat, ScanContext::Payment)) == ScanRoute::PaymentCode);
    CHECK(routeOf(cardsLikeWeChat.route(kWeChat, ScanContext::Sale)) == ScanRoute::MemberCard);
}

TEST_CASE("Masking keeps only the first and last four digits", "[router]")
{
    CHECK(maskedPaymentCode(QStringLiteral("1301567890121234")) == QStringLiteral("1301********1234"));
    CHECK(maskedPaymentCode(QStringLiteral("123456789")) == QStringLiteral("1234*6789"));
    CHECK(maskedPaymentCode(QStringLiteral("12345678")) == QStringLiteral("********"));
    CHECK(maskedPaymentCode(QString()).isEmpty());
}

TEST_CASE("Member code rules round-trip and refuse nonsense", "[router]")
{
    auto back = MemberCodeRules::fromJson(cardRules().toJson());
    REQUIRE_OK(back);
    CHECK(back->cardPrefixes == QStringList{QStringLiteral("8800")});
    CHECK(back->cardLength == 10);
    CHECK(back->qrPrefix == QStringLiteral("PATRON:M:"));

    auto defaults = MemberCodeRules::fromJson(QJsonObject{});
    REQUIRE_OK(defaults);
    CHECK(defaults->cardPrefixes.isEmpty());

    const QJsonObject bad[] = {
        {{QStringLiteral("cardPrefixes"), QStringLiteral("8800")}},
        {{QStringLiteral("cardPrefixes"), QJsonArray{QString()}}},
        {{QStringLiteral("cardPrefixes"), QJsonArray{8800}}},
        {{QStringLiteral("cardLength"), -1}},
        {{QStringLiteral("cardLength"), 65}},
        {{QStringLiteral("qrPrefix"), QString()}},
    };
    for (const QJsonObject& json : bad) {
        auto r = MemberCodeRules::fromJson(json);
        REQUIRE_FALSE(r.ok());
        CHECK(r.code() == ErrorCode::InvalidInput);
    }
}
