#include "devices/scan/ScanRouter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct ScanRouterTr {
    Q_DECLARE_TR_FUNCTIONS(patron::ScanRouter)
};

namespace {

constexpr int kMaxCardLength = 64;

bool allDigits(const QString& s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

// The first two digits as a number, for the providers' published prefix ranges.
int leadingPair(const QString& digits) { return digits.left(2).toInt(); }

UnknownCode unknown(ErrorCode code, const QString& message) { return {makeError(code, message)}; }

} // namespace

Result<MemberCodeRules> MemberCodeRules::fromJson(const QJsonObject& json)
{
    MemberCodeRules rules;
    const QJsonValue prefixes = json.value(u"cardPrefixes");
    if (!prefixes.isUndefined() && !prefixes.isArray())
        return makeError(ErrorCode::InvalidInput,
                         ScanRouterTr::tr("Member card prefixes must be a list, e.g. [\"8800\"]."));
    for (const QJsonValue& v : prefixes.toArray()) {
        const QString prefix = normalizeCodeText(v.toString());
        if (!v.isString() || prefix.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             ScanRouterTr::tr("A member card prefix must be non-empty text, e.g. \"8800\"."));
        rules.cardPrefixes << prefix;
    }
    const QJsonValue length = json.value(u"cardLength");
    if (!length.isUndefined()) {
        const int n = length.toInt(-1);
        if (!length.isDouble() || n < 0 || n > kMaxCardLength)
            return makeError(ErrorCode::InvalidInput,
                             ScanRouterTr::tr("The member card length must be 0 (any) to %1.")
                                 .arg(kMaxCardLength));
        rules.cardLength = n;
    }
    if (json.contains(u"qrPrefix")) {
        rules.qrPrefix = json.value(u"qrPrefix").toString();
        if (rules.qrPrefix.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             ScanRouterTr::tr("The member QR prefix must not be empty."));
    }
    return rules;
}

QJsonObject MemberCodeRules::toJson() const
{
    return QJsonObject{{QStringLiteral("cardPrefixes"), QJsonArray::fromStringList(cardPrefixes)},
                       {QStringLiteral("cardLength"), cardLength},
                       {QStringLiteral("qrPrefix"), qrPrefix}};
}

ScanRoute routeOf(const ScanTarget& target)
{
    return std::visit(
        [](const auto& t) {
            using T = std::decay_t<decltype(t)>;
            if constexpr (std::is_same_v<T, ProductCode>)
                return ScanRoute::Product;
            else if constexpr (std::is_same_v<T, ScaleLabel>)
                return ScanRoute::ScaleLabel;
            else if constexpr (std::is_same_v<T, MemberCode>)
                return ScanRoute::MemberCard;
            else if constexpr (std::is_same_v<T, ReceiptRef>)
                return ScanRoute::Receipt;
            else if constexpr (std::is_same_v<T, PaymentCode>)
                return ScanRoute::PaymentCode;
            else
                return ScanRoute::Unknown;
        },
        target);
}

QString maskedPaymentCode(const QString& code)
{
    if (code.size() <= 8)
        return QString(code.size(), u'*');
    return code.left(4) + QString(code.size() - 8, u'*') + code.right(4);
}

std::optional<PaymentProvider> paymentProviderOf(const QString& code)
{
    if (!allDigits(code))
        return std::nullopt;
    const int head = leadingPair(code);
    if (code.size() == 18 && head >= 10 && head <= 15)
        return PaymentProvider::WeChat;
    if (code.size() >= 16 && code.size() <= 24 && head >= 25 && head <= 30)
        return PaymentProvider::Alipay;
    return std::nullopt;
}

std::optional<ReceiptRef> parseReceiptNumber(const QString& text)
{
    // Epoch and sequence are bounded so they fit qint64 and a product code that merely
    // contains dashes is not mistaken for a receipt too easily.
    static const QRegularExpression pattern(
        QStringLiteral("^R([A-Za-z0-9]{1,16})-([A-Za-z0-9]{1,16})-([0-9]{1,9})-([0-9]{1,18})$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return ReceiptRef{text, m.captured(1), m.captured(2), m.captured(3).toLongLong(),
                      m.captured(4).toLongLong()};
}

ScanRouter::ScanRouter(QList<ScaleLayout> scaleLayouts, MemberCodeRules memberRules)
    : m_scaleLayouts(std::move(scaleLayouts)), m_memberRules(std::move(memberRules))
{
}

ScanTarget ScanRouter::route(const QString& input, ScanContext context) const
{
    const QString code = normalizeCodeText(input);
    if (code.isEmpty())
        return unknown(ErrorCode::InvalidInput, ScanRouterTr::tr("The scan was empty."));

    if (!m_memberRules.qrPrefix.isEmpty() && code.startsWith(m_memberRules.qrPrefix)) {
        const QString card = code.mid(m_memberRules.qrPrefix.size());
        const bool usable = !card.isEmpty()
            && std::none_of(card.begin(), card.end(), [](QChar c) { return c.isSpace(); });
        if (!usable)
            return unknown(ErrorCode::InvalidInput,
                           ScanRouterTr::tr("This member QR code carries no card number."));
        return MemberCode{card, true};
    }

    if (auto receipt = parseReceiptNumber(code))
        return *receipt;

    const auto provider = paymentProviderOf(code);
    if (context == ScanContext::Payment && provider)
        return PaymentCode{*provider, maskedPaymentCode(code), code};

    for (const QString& prefix : m_memberRules.cardPrefixes)
        if (code.startsWith(prefix)
            && (m_memberRules.cardLength == 0 || code.size() == m_memberRules.cardLength))
            return MemberCode{code, false};

    const auto paymentElsewhere = [&] {
        return unknown(ErrorCode::Refused,
                       ScanRouterTr::tr("%1 looks like a customer's payment code. Scan it on the payment "
                              "screen.")
                           .arg(maskedPaymentCode(code)));
    };
    auto label = parseScaleLabel(code, m_scaleLayouts);
    if (label)
        return *label;
    if (label.code() != ErrorCode::NotFound)
        // A payment code that a scale layout claims usually fails its check digit; the error
        // would quote the whole code, so say what it more likely is, masked.
        return provider ? paymentElsewhere() : UnknownCode{label.error()};
    if (provider)
        return paymentElsewhere();

    auto barcode = classifyBarcode(code);
    if (!barcode)
        return UnknownCode{barcode.error()};
    return ProductCode{*barcode};
}

} // namespace patron
