#pragma once
// Search indexes for member names: character unigrams and bigrams for Chinese substrings
// (SQLite's FTS tokenizers keep a run of Chinese as one token), and pinyin initials through an
// injected function (the catalog owns the pinyin table). Both are plain WITHOUT ROWID tables,
// so a lookup is one index seek whatever the number of members.

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace patron {

class Database;

// Pinyin initials of a text, one string per reading of its polyphones ("长城" → "cc", "zc").
using InitialsFn = std::function<QStringList(const QString&)>;

class MemberSearchIndex {
public:
    MemberSearchIndex(Database& db, InitialsFn initials) : m_db(db), m_initials(std::move(initials)) {}

    // Inside the caller's transaction.
    void index(qint64 memberId, const QString& name);
    void remove(qint64 memberId);

    // Active members whose name contains the fragment / whose initials start with the text.
    QList<qint64> byNameFragment(const QString& fragment, int limit) const;
    QList<qint64> byInitials(const QString& initials, int limit) const;

    static QStringList grams(const QString& name);

private:
    Database& m_db;
    InitialsFn m_initials;
};

} // namespace patron
