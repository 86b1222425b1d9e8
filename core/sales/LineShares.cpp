#include "sales/LineShares.h"

#include "store/Database.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct LineSharesTr {
    Q_DECLARE_TR_FUNCTIONS(patron::LineShares)
};

void LineShares::add(int paymentSeq, qint64 amountMinor, qint64 points)
{
    if (amountMinor == 0 && points == 0)
        return;
    auto at = std::lower_bound(m_entries.begin(), m_entries.end(), paymentSeq,
                               [](const LineShare& e, int seq) { return e.paymentSeq < seq; });
    if (at != m_entries.end() && at->paymentSeq == paymentSeq) {
        at->amountMinor += amountMinor;
        at->points += points;
        if (at->amountMinor == 0 && at->points == 0)
            m_entries.erase(at);
        return;
    }
    m_entries.insert(at, LineShare{paymentSeq, amountMinor, points});
}

LineShare LineShares::of(int paymentSeq) const
{
    for (const LineShare& e : m_entries)
        if (e.paymentSeq == paymentSeq)
            return e;
    return LineShare{paymentSeq, 0, 0};
}

QString LineShares::encode() const
{
    QString out = QStringLiteral("");
    out.reserve(qsizetype(m_entries.size()) * 12);
    for (const LineShare& e : m_entries) {
        if (!out.isEmpty())
            out += u';';
        out += QString::number(e.paymentSeq) + u':' + QString::number(e.amountMinor);
        if (e.points != 0)
            out += u':' + QString::number(e.points);
    }
    return out;
}

Result<LineShares> LineShares::decode(const QString& text)
{
    const auto damaged = [&] {
        return makeError(ErrorCode::StoreDamaged,
                         LineSharesTr::tr("A sale line's shares of its payments are damaged in the store: \"%1\".")
                             .arg(text.left(200)));
    };
    LineShares shares;
    if (text.isEmpty())
        return shares;
    int lastSeq = 0;
    for (QStringView entry : QStringView(text).split(u';')) {
        const QList<QStringView> fields = entry.split(u':');
        if (fields.size() != 2 && fields.size() != 3)
            return damaged();
        bool ok = false;
        const qint64 seq = fields[0].toLongLong(&ok);
        if (!ok || seq <= lastSeq || seq > std::numeric_limits<int>::max())
            return damaged();
        const qint64 amount = fields[1].toLongLong(&ok);
        if (!ok)
            return damaged();
        qint64 points = 0;
        if (fields.size() == 3) {
            points = fields[2].toLongLong(&ok);
            if (!ok)
                return damaged();
        }
        if (amount == 0 && points == 0)
            return damaged();
        lastSeq = int(seq);
        shares.m_entries.append(LineShare{int(seq), amount, points});
    }
    // Only the form encode() writes: this refuses what the number parser lets through (a '+',
    // leading zeros, spaces) and points written as 0.
    if (shares.encode() != text)
        return damaged();
    return shares;
}

LineShares LineShares::decodeOrThrow(const QString& text)
{
    auto decoded = decode(text);
    if (!decoded)
        throw StoreException(decoded.error());
    return std::move(*decoded);
}

} // namespace patron
