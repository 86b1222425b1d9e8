#include "members/LoyaltyRuleBook.h"

#include "auth/AuditLog.h"
#include "store/Database.h"
#include "store/StoreSettings.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct MembersTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Members)
};

namespace {

const QString kCurrentKey = QStringLiteral("loyalty.rules.current");
QString versionKey(int n) { return QStringLiteral("loyalty.rules.v%1").arg(n); }
} // namespace

LoyaltyRuleBook::LoyaltyRuleBook(Database& db, const Clock& clock, AuditLog& audit, Outbox& outbox)
    : m_db(db), m_clock(clock), m_audit(audit), m_outbox(outbox)
{
}

LoyaltyRuleBook::Pin::Pin(LoyaltyRuleBook& book) : m_book(book), m_outer(!book.m_pinned)
{
    Q_ASSERT(book.m_db.inTransaction());
    book.m_pinned = true;
}

LoyaltyRuleBook::Pin::~Pin()
{
    if (m_outer) {
        m_book.m_pinned = false;
        m_book.m_readInPin = false;
    }
}

const LoyaltyRules& LoyaltyRuleBook::current()
{
    if (m_readInPin)
        return m_current;
    StoreSettings settings(m_db, m_clock);
    const int v = int(settings.integer(kCurrentKey, 0));
    if (v != m_loadedVersion) {
        auto loaded = v == 0 ? Result<LoyaltyRules>(LoyaltyRules::defaults()) : version(v);
        // A saved version was validated when saved; failing to read it back is damage.
        if (!loaded)
            throw StoreException(loaded.error());
        m_current = *loaded;
        m_loadedVersion = v;
    }
    m_readInPin = m_pinned;
    return m_current;
}

Result<LoyaltyRules> LoyaltyRuleBook::set(const Session& actor, const QJsonObject& json)
{
    if (!actor.can(perm::RulesEdit))
        return makeError(ErrorCode::PermissionDenied,
                         MembersTr::tr("%1 may not change the loyalty rules.").arg(actor.userName));
    return guarded([&]() -> Result<LoyaltyRules> {
        Transaction tx(m_db);
        auto saved = saveInTransaction(actor.userName, json);
        if (saved)
            tx.commit();
        return saved;
    });
}

Result<LoyaltyRules> LoyaltyRuleBook::saveInTransaction(const QString& user, const QJsonObject& json)
{
    Q_ASSERT(m_db.inTransaction());
    auto parsed = LoyaltyRules::fromJson(json);
    if (!parsed)
        return parsed.error();
    m_readInPin = false;  // the next current() reads the version saved here
    StoreSettings settings(m_db, m_clock);
    const int next = int(settings.integer(kCurrentKey, 0)) + 1;
    parsed->version = next;
    const QJsonObject doc = parsed->toJson();
    settings.set(versionKey(next), QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact)));
    settings.setInteger(kCurrentKey, next);
    // A gift's stock starts from the rules the first time the gift appears; afterwards
    // redemptions count it down and a new rules version does not reset it.
    for (const GiftRule& g : parsed->gifts)
        m_db.execute("INSERT OR IGNORE INTO gift_stock(code, stock) VALUES (?, ?)", g.code, g.initialStock);
    m_audit.append(user, QStringLiteral("loyalty.rules_set"), QStringLiteral("v%1").arg(next));
    m_outbox.append(QStringLiteral("loyalty.rules_changed"), 1,
                    {{QStringLiteral("version"), next}, {QStringLiteral("rules"), doc}});
    return *parsed;
}

QList<int> LoyaltyRuleBook::versions() const
{
    QList<int> out;
    const int last = int(StoreSettings(m_db, m_clock).integer(kCurrentKey, 0));
    for (int v = 1; v <= last; ++v)
        out << v;
    return out;
}

Result<LoyaltyRules> LoyaltyRuleBook::version(int number) const
{
    const auto text = StoreSettings(m_db, m_clock).value(versionKey(number));
    if (!text)
        return makeError(ErrorCode::NotFound, MembersTr::tr("There is no version %1 of the loyalty rules.").arg(number));
    auto parsed = LoyaltyRules::fromJson(QJsonDocument::fromJson(text->toUtf8()).object());
    if (parsed)
        parsed->version = number;
    return parsed;
}

} // namespace patron
