// The WAL write batcher across processes: another process sees each batched commit as soon as
// COMMIT returns (and this one sees its), and a process killed in the middle of many commits
// leaves every commit it reported, whole, and nothing half written.

#include "TempStore.h"
#include "TestEnv.h"
#include "WalBatchProbe.h"

#include "store/WalWriteBatcher.h"

#include <QProcess>

using namespace patron;
using namespace patron::test;

namespace {

// patron_wal_child on t's store (which must be closed: the child takes the store's lock).
class Child {
public:
    Child(TempStore& t, int commits)
    {
        m_process.setProgram(binaryDir() + QStringLiteral("/tests/store/patron_wal_child"));
        m_process.setArguments({t.dir(), QString::fromLatin1(kPassphrase), QString::number(commits)});
        m_process.start();
        REQUIRE(m_process.waitForStarted(10000));
    }
    ~Child()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    // The next commit number the child reported, or 0 when it stopped (or said nothing for 20 s).
    qint64 nextCommit()
    {
        while (!m_buffer.contains('\n')) {
            if (m_process.state() == QProcess::NotRunning && m_process.bytesAvailable() == 0)
                return 0;
            if (!m_process.waitForReadyRead(20000) && m_process.bytesAvailable() == 0)
                return 0;
            m_buffer += m_process.readAllStandardOutput();
        }
        const qsizetype nl = m_buffer.indexOf('\n');
        const qint64 n = m_buffer.left(nl).toLongLong();
        m_buffer.remove(0, nl + 1);
        return n;
    }

    QProcess& process() { return m_process; }

private:
    QProcess m_process;
    QByteArray m_buffer;
};

} // namespace

TEST_CASE("Another process sees batched commits as soon as COMMIT returns, and this one sees its", "[store][walbatch][process]")
{
    TempStore t;
    { WalBatchProbe create(t.db()); }
    const SecureBytes key = t.store().dataKey();
    const QString path = t.dir() + QStringLiteral("/patron.db");
    t.close();
    auto db = Database::open(path, key, Database::Options());
    REQUIRE_OK(db);
    db->configureForUse();
    REQUIRE(WalWriteBatcher::isBatching(db->handle()));
    WalBatchProbe probe(*db);

    constexpr int kCommits = 40;
    Child child(t, kCommits);
    qint64 last = 0;
    for (qint64 n = child.nextCommit(); n != 0; n = child.nextCommit()) {
        // The child's commit n is visible here at once, whole.
        CHECK(db->queryInt64("SELECT count(*) FROM walbatch_probe WHERE who = 'child' AND n = ?", n) == 4);
        // And a commit of ours, which the child's next transactions must see.
        probe.commitRows(QStringLiteral("parent"), n, 2);
        last = n;
    }
    INFO("last commit seen: " << last);
    INFO(QString::fromUtf8(child.process().readAllStandardError()).toStdString());
    REQUIRE((child.process().state() == QProcess::NotRunning || child.process().waitForFinished(20000)));
    CHECK(child.process().exitStatus() == QProcess::NormalExit);
    CHECK(child.process().exitCode() == 0);
    CHECK(last == kCommits);
    CHECK(probe.rows(QStringLiteral("child")) == 4 * kCommits);
    CHECK(probe.rows(QStringLiteral("parent")) == 2 * kCommits);
    // Every transaction, in either process, saw every commit made before it.
    CHECK(probe.staleReads() == 0);
    CHECK(db->integrityCheck() == u"ok");
}

TEST_CASE("A process killed in the middle of batched commits leaves every reported commit whole", "[store][walbatch][process][crash]")
{
    TempStore t;
    { WalBatchProbe create(t.db()); }
    t.close();

    QList<qint64> reported;
    {
        Child child(t, 0);
        while (reported.size() < 60) {
            const qint64 n = child.nextCommit();
            if (n == 0)
                break;
            reported << n;
        }
        INFO(QString::fromUtf8(child.process().readAllStandardError()).toStdString());
        REQUIRE(reported.size() == 60);
        child.process().kill();  // SIGKILL, most likely inside a later commit
        REQUIRE(child.process().waitForFinished(10000));
        CHECK(child.process().exitStatus() == QProcess::CrashExit);
    }

    t.reopen();
    CHECK(t.db().integrityCheck() == u"ok");
    WalBatchProbe probe(t.db());
    const qint64 commits = t.db().queryInt64("SELECT count(DISTINCT n) FROM walbatch_probe").value_or(-1);
    CHECK(commits >= reported.size());
    for (const qint64 n : reported)
        CHECK(t.db().queryInt64("SELECT count(*) FROM walbatch_probe WHERE n = ?", n) == 4);
    // Commits are whole and in order: 1..N, four rows each, none from a half-written commit.
    CHECK(t.db().queryInt64("SELECT max(n) FROM walbatch_probe") == commits);
    CHECK(t.db().queryInt64("SELECT count(*) FROM (SELECT n FROM walbatch_probe GROUP BY n HAVING count(*) <> 4)") == 0);
    CHECK(probe.padBytes() == probe.rows() * WalBatchProbe::kPadBytes);
    // And the store takes new commits.
    probe.commitRows(QStringLiteral("after"), commits + 1, 2);
    CHECK(probe.rows() == 4 * commits + 2);
}
