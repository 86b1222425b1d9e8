#include "members/MemberSearchIndex.h"

#include "store/Database.h"

#include <QSet>

namespace patron {

namespace {
// Code points, lower-cased, without spaces: a name beyond the BMP still splits per character.
QList<QString> characters(const QString& text)
{
    QList<QString> out;
    for (char32_t c : text.toLower().toUcs4()) {
        if (QChar::isSpace(c))
            continue;
        out << QString::fromUcs4(&c, 1);
    }
    return out;
}

QString escapeLike(QString s)
{
    s.replace(u'\\', QLatin1String("\\\\"));
    s.replace(u'%', QLatin1String("\\%"));
    s.replace(u'_', QLatin1String("\\_"));
    return s;
}
} // namespace

QStringList MemberSearchIndex::grams(const QString& name)
{
    const QList<QString> chars = characters(name);
    QSet<QString> out;
    for (qsizetype i = 0; i < chars.size(); ++i) {
        out.insert(chars[i]);
        if (i + 1 < chars.size())
            out.insert(chars[i] + chars[i + 1]);
    }
    return QStringList(out.begin(), out.end());
}

void MemberSearchIndex::index(qint64 memberId, const QString& name)
{
    Q_ASSERT(m_db.inTransaction());
    remove(memberId);
    Statement g = m_db.cached("INSERT OR IGNORE INTO member_name_grams(gram, member_id) VALUES (?, ?)");
    for (const QString& gram : grams(name)) {
        g.reset();
        g.bindAll(gram, memberId);
        g.run();
    }
    if (!m_initials)
        return;
    Statement i = m_db.cached("INSERT OR IGNORE INTO member_initials(initials, member_id) VALUES (?, ?)");
    for (const QString& variant : m_initials(name)) {
        const QString v = variant.toLower().remove(u' ');
        if (v.isEmpty())
            continue;
        i.reset();
        i.bindAll(v, memberId);
        i.run();
    }
}

void MemberSearchIndex::remove(qint64 memberId)
{
    // No index on member_id alone: a rename or an erase is rare; the gram count of one name is
    // small, so delete by the grams of the stored name instead of scanning.
    const QString oldName = m_db.queryText("SELECT name FROM members WHERE id = ?", memberId).value_or(QString());
    Statement g = m_db.cached("DELETE FROM member_name_grams WHERE gram = ? AND member_id = ?");
    for (const QString& gram : grams(oldName)) {
        g.reset();
        g.bindAll(gram, memberId);
        g.run();
    }
    if (!m_initials)
        return;
    Statement i = m_db.cached("DELETE FROM member_initials WHERE initials = ? AND member_id = ?");
    for (const QString& variant : m_initials(oldName)) {
        i.reset();
        i.bindAll(variant.toLower().remove(u' '), memberId);
        i.run();
    }
}

QList<qint64> MemberSearchIndex::byNameFragment(const QString& fragment, int limit) const
{
    const QList<QString> chars = characters(fragment);
    QList<qint64> out;
    if (chars.isEmpty())
        return out;
    const QString gram = chars.size() == 1 ? chars[0] : chars[0] + chars[1];
    QString joined;
    for (const QString& c : chars)
        joined += c;
    // The gram narrows to candidates through the primary key; LIKE confirms the whole fragment.
    Statement s = m_db.prepare(
        "SELECT g.member_id FROM member_name_grams g JOIN members m ON m.id = g.member_id"
        " WHERE g.gram = ? AND m.status = 'active' AND replace(lower(m.name), ' ', '') LIKE ? ESCAPE '\\'"
        " ORDER BY g.member_id LIMIT ?");
    s.bindAll(gram, QString(u'%' + escapeLike(joined) + u'%'), qint64(limit));
    while (s.step())
        out << s.int64(0);
    return out;
}

QList<qint64> MemberSearchIndex::byInitials(const QString& initials, int limit) const
{
    const QString prefix = initials.toLower().remove(u' ');
    QList<qint64> out;
    if (prefix.isEmpty())
        return out;
    // A prefix range on the primary key; '{' sorts right after 'z'.
    Statement s = m_db.prepare(
        "SELECT i.member_id FROM member_initials i JOIN members m ON m.id = i.member_id"
        " WHERE i.initials >= ? AND i.initials < ? AND m.status = 'active' LIMIT ?");
    // No DISTINCT/ORDER BY: either would sort the whole range of a one-letter prefix. Two
    // readings of one name can both match; drop the repeat here (and ask for a few spare rows).
    s.bindAll(prefix, QString(prefix + u'{'), qint64(limit) * 2);
    while (s.step() && out.size() < limit)
        if (!out.contains(s.int64(0)))
            out << s.int64(0);
    return out;
}

} // namespace patron
