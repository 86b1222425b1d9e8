#include "TempStore.h"
#include "TestEnv.h"

using namespace patron;
using namespace patron::test;

namespace {
void appendSome(TempStore& t, int n)
{
    Transaction tx(t.db());
    for (int i = 0; i < n; ++i)
        t.audit().append(QStringLiteral("admin"), QStringLiteral("test.action"), QStringLiteral("item %1").arg(i),
                         {{QStringLiteral("n"), i}});
    tx.commit();
}
qint64 idOfSubject(TempStore& t, const char* subject)
{
    return t.db().queryInt64("SELECT id FROM audit_log WHERE subject = ?", subject).value_or(-1);
}
} // namespace

TEST_CASE("The audit chain verifies and finds the first tampered record", "[audit]")
{
    TempStore t;
    appendSome(t, 20);
    auto v = t.audit().verify();
    CHECK(v.ok);
    CHECK(v.records >= 21);  // bootstrap user + login + ours

    SECTION("a changed detail")
    {
        const qint64 id = idOfSubject(t, "item 7");
        t.db().execute("UPDATE audit_log SET details = '{\"n\":700}' WHERE id = ?", id);
        auto bad = t.audit().verify();
        CHECK_FALSE(bad.ok);
        CHECK(bad.firstBrokenId == id);
        CHECK(bad.problem.contains(QString::number(id)));
    }
    SECTION("a removed record")
    {
        const qint64 id = idOfSubject(t, "item 12");
        t.db().execute("DELETE FROM audit_log WHERE id = ?", id);
        auto bad = t.audit().verify();
        CHECK_FALSE(bad.ok);
        CHECK(bad.firstBrokenId == id + 1);
    }
    SECTION("a recomputed hash is still caught by the next link")
    {
        const qint64 id = idOfSubject(t, "item 3");
        t.db().execute("UPDATE audit_log SET user_name = 'mallory', hash = randomblob(32) WHERE id = ?", id);
        auto bad = t.audit().verify();
        CHECK_FALSE(bad.ok);
        CHECK(bad.firstBrokenId == id);
    }
    SECTION("records cut off the end")
    {
        t.db().execute("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)");
        auto bad = t.audit().verify();
        CHECK_FALSE(bad.ok);
    }
}

TEST_CASE("An audit record commits or rolls back with its action", "[audit]")
{
    TempStore t;
    const qint64 before = t.db().queryInt64("SELECT count(*) FROM audit_log").value_or(0);
    {
        Transaction tx(t.db());
        t.audit().append(QStringLiteral("admin"), QStringLiteral("x"), QStringLiteral("y"));
    }  // not committed
    CHECK(t.db().queryInt64("SELECT count(*) FROM audit_log") == before);
    CHECK(t.audit().verify().ok);
}
