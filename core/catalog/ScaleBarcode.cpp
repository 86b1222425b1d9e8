#include "catalog/ScaleBarcode.h"

#include "catalog/Barcode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct ScaleBarcodeTr {
    Q_DECLARE_TR_FUNCTIONS(patron::ScaleBarcode)
};

namespace {

// Longest label any scale prints; also keeps M and W within qint64 by a wide margin.
constexpr int kMaxPatternLength = 24;
constexpr int kMaxFieldDigits = 12;

bool allDigits(const QString& s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

Error layoutError(const QString& name, const QString& why)
{
    return makeError(ErrorCode::InvalidInput,
                     ScaleBarcodeTr::tr("Scale label layout \"%1\" is not usable: %2").arg(name, why));
}

// The digits of `code` at the positions where `pattern` has `letter`, in order.
QString field(const QString& code, const QString& pattern, QChar letter)
{
    QString out;
    for (qsizetype i = 0; i < pattern.size(); ++i)
        if (pattern[i] == letter)
            out += code[i];
    return out;
}

} // namespace

bool ScaleLayout::claims(const QString& digits) const
{
    if (digits.size() != pattern.size())
        return false;
    return flags.contains(field(digits, pattern, u'F'));
}

Result<ScaleLayout> ScaleLayout::fromJson(const QJsonObject& json)
{
    ScaleLayout layout;
    layout.name = json.value(u"name").toString();
    layout.pattern = json.value(u"pattern").toString().toUpper();
    const QJsonValue flagsValue = json.value(u"flags");
    // A single flag may be written as a string; a number would lose a leading zero.
    if (flagsValue.isString()) {
        layout.flags = QStringList{flagsValue.toString()};
    } else if (flagsValue.isArray()) {
        const QJsonArray array = flagsValue.toArray();
        for (const QJsonValue& v : array) {
            if (!v.isString())
                return layoutError(layout.name, ScaleBarcodeTr::tr("flags must be written as text, e.g. \"21\"."));
            layout.flags << v.toString();
        }
    }

    const QString& p = layout.pattern;
    if (p.isEmpty() || p.size() > kMaxPatternLength)
        return layoutError(layout.name,
                           ScaleBarcodeTr::tr("the pattern must have 1 to %1 letters.").arg(kMaxPatternLength));
    for (qsizetype i = 0; i < p.size(); ++i) {
        if (!QStringLiteral("FCMWXK").contains(p[i]))
            return layoutError(layout.name,
                               ScaleBarcodeTr::tr("'%1' is not a pattern letter (F, C, M, W, X, K).").arg(p[i]));
        if (p[i] == u'K' && i != p.size() - 1)
            return layoutError(layout.name, ScaleBarcodeTr::tr("the check digit K must be the last letter."));
    }
    const auto count = [&p](char16_t letter) { return p.count(QChar(letter)); };
    if (count(u'F') == 0 || count(u'C') == 0)
        return layoutError(layout.name, ScaleBarcodeTr::tr("the pattern needs flag (F) and PLU (C) digits."));
    if (count(u'M') == 0 && count(u'W') == 0)
        return layoutError(layout.name,
                           ScaleBarcodeTr::tr("the pattern needs amount (M) or weight (W) digits."));
    if (count(u'M') > kMaxFieldDigits || count(u'W') > kMaxFieldDigits)
        return layoutError(layout.name, ScaleBarcodeTr::tr("amount and weight may have at most %1 digits.")
                                            .arg(kMaxFieldDigits));
    if (layout.flags.isEmpty())
        return layoutError(layout.name, ScaleBarcodeTr::tr("it needs at least one flag."));
    for (const QString& flag : std::as_const(layout.flags))
        if (!allDigits(flag) || flag.size() != count(u'F'))
            return layoutError(layout.name, ScaleBarcodeTr::tr("flag \"%1\" must be %2 digits, like the F "
                                                   "letters of the pattern.")
                                                .arg(flag)
                                                .arg(count(u'F')));
    return layout;
}

QJsonObject ScaleLayout::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("flags"), QJsonArray::fromStringList(flags)},
                       {QStringLiteral("pattern"), pattern}};
}

Result<QList<ScaleLayout>> ScaleLayout::listFromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isArray())
        return makeError(ErrorCode::InvalidInput,
                         ScaleBarcodeTr::tr("The scale label layouts are not a JSON list: %1")
                             .arg(parseError.error == QJsonParseError::NoError
                                      ? ScaleBarcodeTr::tr("expected [ … ]")
                                      : parseError.errorString()));
    QList<ScaleLayout> layouts;
    const QJsonArray array = doc.array();
    for (const QJsonValue& v : array) {
        if (!v.isObject())
            return makeError(ErrorCode::InvalidInput,
                             ScaleBarcodeTr::tr("Each scale label layout must be a JSON object."));
        auto layout = fromJson(v.toObject());
        if (!layout)
            return layout.error();
        for (const ScaleLayout& other : std::as_const(layouts)) {
            if (other.length() != layout->length())
                continue;
            for (const QString& flag : std::as_const(layout->flags))
                // Flags of different widths can also collide ("2" and "21"): compare the
                // shorter against the start of the longer.
                for (const QString& otherFlag : other.flags)
                    if (flag.startsWith(otherFlag) || otherFlag.startsWith(flag))
                        return layoutError(layout->name,
                                           ScaleBarcodeTr::tr("flag %1 of this %2-digit layout is also "
                                                  "claimed by layout \"%3\".")
                                               .arg(flag)
                                               .arg(layout->length())
                                               .arg(other.name));
        }
        layouts << std::move(*layout);
    }
    return layouts;
}

QByteArray ScaleLayout::listToJson(const QList<ScaleLayout>& layouts)
{
    QJsonArray array;
    for (const ScaleLayout& layout : layouts)
        array.append(layout.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<ScaleLayout> ScaleLayout::defaults()
{
    return {
        {ScaleBarcodeTr::tr("13-digit price label"), {QStringLiteral("20"), QStringLiteral("21"), QStringLiteral("22")},
         QStringLiteral("FFCCCCCMMMMMK")},
        {ScaleBarcodeTr::tr("18-digit amount and weight label"), {QStringLiteral("26")},
         QStringLiteral("FFCCCCCMMMMMWWWWWK")},
    };
}

Result<ScaleLabel> parseScaleLabel(const QString& code, const QList<ScaleLayout>& layouts)
{
    const QString digits = normalizeCodeText(code);
    for (const ScaleLayout& layout : layouts) {
        // Flags and lengths alone could claim "21ABC…": a label is digits only.
        if (!layout.claims(digits) || !allDigits(digits))
            continue;
        if (layout.pattern.endsWith(u'K') && !hasValidGs1CheckDigit(digits))
            return makeError(ErrorCode::InvalidInput,
                             ScaleBarcodeTr::tr("Scale label %1 has a wrong check digit: scan it again or "
                                    "reprint the label.")
                                 .arg(digits));
        ScaleLabel label;
        label.code = digits;
        label.layoutName = layout.name;
        label.flag = field(digits, layout.pattern, u'F');
        label.plu = field(digits, layout.pattern, u'C');
        if (layout.pattern.contains(u'M'))
            label.amountMinor = field(digits, layout.pattern, u'M').toLongLong();
        if (layout.pattern.contains(u'W'))
            label.weightMilli = field(digits, layout.pattern, u'W').toLongLong();
        return label;
    }
    return makeError(ErrorCode::NotFound,
                     ScaleBarcodeTr::tr("%1 is not a scale label of this store.").arg(digits));
}

} // namespace patron
