#pragma once
// Decides what a scanned code is (product, scale label, member card, receipt, customer payment
// code) from the code, the screen it was scanned on, and the store's rules. Pure logic: the
// lookups that follow (product by key, member by card, sale by receipt) belong to the caller.

#include "catalog/Barcode.h"
#include "catalog/ScaleBarcode.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace patron {

// The screen a code was scanned on. Only Payment changes the meaning of a code: there, a
// customer's WeChat/Alipay payment code wins over everything that looks the same.
enum class ScanContext { Sale, Payment, Member, Return, Other };

// How this store's member cards and member QR codes look (a store setting).
struct MemberCodeRules {
    // A card number starts with one of these and, when cardLength > 0, has exactly that many
    // characters. Checked before scale labels and product barcodes, so a prefix is required:
    // without one, every code of that length would be taken for a card. Empty = no cards.
    QStringList cardPrefixes;
    int cardLength = 0;
    // Member QR codes carry "<qrPrefix><card number>", e.g. PATRON:M:88000123.
    QString qrPrefix = QStringLiteral("PATRON:M:");

    // InvalidInput when a prefix is empty or the length is out of range (0-64).
    static Result<MemberCodeRules> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

enum class PaymentProvider { WeChat, Alipay };

// What a scan turned out to be: exactly one of these.
struct ProductCode {
    BarcodeInfo barcode;  // look the product up by barcode.key
};
struct MemberCode {
    QString cardNumber;
    bool fromQr = false;
};
// A receipt number "R<store>-<till>-<epoch>-<sequence>", e.g. RSH01-T1-1-000123.
struct ReceiptRef {
    QString text;  // as printed
    QString storeCode;
    QString tillCode;
    qint64 epoch = 0;
    qint64 sequence = 0;
};
struct PaymentCode {
    PaymentProvider provider = PaymentProvider::WeChat;
    QString masked;  // 1301********1234: the only form to show, record or log
    // The full code, only to hand to the payment provider. A bearer token for the customer's
    // wallet: never log, store, display or put it in a message or an event.
    QString rawForProviderOnly;
};
struct UnknownCode {
    Error reason;  // translated, for the cashier; never contains a full payment code
};
using ScanTarget = std::variant<ProductCode, ScaleLabel, MemberCode, ReceiptRef, PaymentCode,
                                UnknownCode>;

enum class ScanRoute { Product, ScaleLabel, MemberCard, Receipt, PaymentCode, Unknown };
ScanRoute routeOf(const ScanTarget& target);

// "1301********1234": the first and last four digits; shorter codes are masked entirely.
QString maskedPaymentCode(const QString& code);
// WeChat: 18 digits starting 10-15. Alipay: 16-24 digits starting 25-30.
std::optional<PaymentProvider> paymentProviderOf(const QString& code);
// Parses "RSH01-T1-1-000123"; nullopt when the text is not a receipt number.
std::optional<ReceiptRef> parseReceiptNumber(const QString& text);

class ScanRouter {
public:
    ScanRouter(QList<ScaleLayout> scaleLayouts, MemberCodeRules memberRules);

    // Order, first match wins:
    //   1. member QR ("PATRON:M:…")            → MemberCode
    //   2. receipt number                      → ReceiptRef (the caller decides whether a
    //                                            return may start on this screen)
    //   3. Payment screen only: payment code   → PaymentCode
    //   4. member card rules                   → MemberCode
    //   5. scale label layouts                 → ScaleLabel, or Unknown on a bad check digit
    //   6. anywhere else, a payment-code shape → Unknown (never looked up as a product)
    //   7. barcode                             → ProductCode, or Unknown (bad check digit,
    //                                            malformed)
    ScanTarget route(const QString& code, ScanContext context) const;

private:
    QList<ScaleLayout> m_scaleLayouts;
    MemberCodeRules m_memberRules;
};

} // namespace patron
