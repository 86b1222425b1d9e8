// The WAL write batcher (core/store/WalWriteBatcher): a commit's frames reach the WAL in one
// write, and everything SQLite promises still holds: other connections see each commit at once,
// checkpoints and WAL restarts work, a failed write fails the commit and loses nothing committed.

#include "FaultVfs.h"
#include "TempStore.h"
#include "TestEnv.h"
#include "WalBatchProbe.h"

#include "store/WalWriteBatcher.h"

#include <QFileInfo>

using namespace patron;
using namespace patron::test;

namespace {

// The batcher stacked on FaultVfs, which counts the writes reaching the WAL and injects faults.
QString batcherOverFaultVfs()
{
    static const bool registered = WalWriteBatcher::registerOver("patron-walbatch-counted", FaultVfs::name().toUtf8());
    REQUIRE(registered);
    return QStringLiteral("patron-walbatch-counted");
}

StoreOpenOptions via(const QString& vfs)
{
    StoreOpenOptions o;
    o.vfs = vfs;
    return o;
}

Database openSecond(TempStore& t, const QString& vfs = {})
{
    Database::Options o;
    o.vfs = vfs;
    auto db = Database::open(t.dir() + QStringLiteral("/patron.db"), t.store().dataKey(), o);
    REQUIRE_OK(db);
    db->configureForUse();
    return std::move(*db);
}

struct Checkpoint {
    qint64 busy = -1, log = -1, checkpointed = -1;
};

Checkpoint checkpoint(Database& db, const char* sql)
{
    Statement s = db.prepare(sql);
    REQUIRE(s.step());
    return {s.int64(0), s.int64(1), s.int64(2)};
}

qint64 walSize(TempStore& t) { return QFileInfo(t.dir() + QStringLiteral("/patron.db-wal")).size(); }

struct ResetFaults {
    ~ResetFaults() { FaultVfs::reset(); }
};

} // namespace

TEST_CASE("A batched commit reaches the WAL in one write; unbatched it takes two per frame", "[store][walbatch]")
{
    TempStore plain(via(FaultVfs::name()));
    CHECK_FALSE(WalWriteBatcher::isBatching(plain.db().handle()));
    WalBatchProbe plainProbe(plain.db());
    FaultVfs::resetWalWrites();
    plainProbe.commitRows(QStringLiteral("a"), 1, 20);
    const auto unbatched = FaultVfs::walWrites();
    const qint64 plainFrames = unbatched.bytes / WalBatchProbe::kFrameBytes;
    CHECK(plainFrames >= 20);
    CHECK(unbatched.writes >= 2 * plainFrames);  // (+1 when the commit starts a new WAL: its header)
    CHECK(unbatched.writes <= 2 * plainFrames + 1);

    TempStore batched(via(batcherOverFaultVfs()));
    REQUIRE(WalWriteBatcher::isBatching(batched.db().handle()));
    WalBatchProbe probe(batched.db());
    FaultVfs::resetWalWrites();
    probe.commitRows(QStringLiteral("a"), 1, 20);
    const auto gathered = FaultVfs::walWrites();
    CHECK(gathered.bytes / WalBatchProbe::kFrameBytes >= 20);
    CHECK(gathered.bytes >= unbatched.bytes - 32);  // the same frames, in fewer writes
    CHECK(gathered.writes == 1);
    CHECK(gathered.largest == gathered.bytes);

    CHECK(probe.rows() == 20);
    CHECK(probe.padBytes() == 20 * WalBatchProbe::kPadBytes);
    CHECK(batched.db().integrityCheck() == u"ok");
    batched.reopen();
    REQUIRE(WalWriteBatcher::isBatching(batched.db().handle()));
    WalBatchProbe reopened(batched.db());
    CHECK(reopened.rows() == 20);
    CHECK(reopened.padBytes() == 20 * WalBatchProbe::kPadBytes);
    CHECK(batched.db().integrityCheck() == u"ok");
}

TEST_CASE("Below synchronous FULL nothing is batched, and only enable() starts it again", "[store][walbatch]")
{
    TempStore t(via(batcherOverFaultVfs()));
    REQUIRE(WalWriteBatcher::isBatching(t.db().handle()));
    WalBatchProbe probe(t.db());

    for (const char* below : {"PRAGMA synchronous = OFF", "PRAGMA synchronous = NORMAL", "PRAGMA main.synchronous = 0"}) {
        INFO(below);
        t.db().exec("PRAGMA synchronous = FULL");
        REQUIRE(WalWriteBatcher::enable(t.db().handle()));
        t.db().exec(below);
        CHECK_FALSE(WalWriteBatcher::isBatching(t.db().handle()));
        // At NORMAL or OFF enable() refuses: no xSync would flush before the commit is published.
        CHECK_FALSE(WalWriteBatcher::enable(t.db().handle()));
        FaultVfs::resetWalWrites();
        probe.commitRows(QStringLiteral("off"), 1, 20);
        const auto c = FaultVfs::walWrites();
        const qint64 frames = c.bytes / WalBatchProbe::kFrameBytes;
        CHECK(frames >= 20);
        CHECK(c.writes >= 2 * frames);  // exactly what the plain VFS does
        // Back to FULL: SQLite may refuse that pragma inside a transaction, so only enable()
        // (which reads the setting) turns batching back on.
        t.db().exec("PRAGMA synchronous = FULL");
        CHECK_FALSE(WalWriteBatcher::isBatching(t.db().handle()));
        REQUIRE(WalWriteBatcher::enable(t.db().handle()));
        CHECK(WalWriteBatcher::isBatching(t.db().handle()));
        FaultVfs::resetWalWrites();
        probe.commitRows(QStringLiteral("full"), 1, 20);
        CHECK(FaultVfs::walWrites().writes == 1);
    }
    // A FULL that SQLite rejects (inside a transaction) leaves batching off.
    t.db().exec("PRAGMA synchronous = OFF");
    {
        Transaction tx(t.db());
        CHECK_THROWS_AS(t.db().exec("PRAGMA synchronous = FULL"), StoreException);
        CHECK_FALSE(WalWriteBatcher::isBatching(t.db().handle()));
    }
    CHECK(t.db().queryInt64("PRAGMA synchronous") == 0);
    CHECK(probe.rows() == 6 * 20);
    CHECK(probe.padBytes() == 6 * 20 * WalBatchProbe::kPadBytes);
    CHECK(t.db().integrityCheck() == u"ok");
}

TEST_CASE("Two connections in one process see each other's batched commits at once", "[store][walbatch]")
{
    TempStore t;  // the default VFS: the batcher
    REQUIRE(WalWriteBatcher::isBatching(t.db().handle()));
    WalBatchProbe first(t.db());
    Database other = openSecond(t);
    REQUIRE(WalWriteBatcher::isBatching(other.handle()));
    Database reader = openSecond(t);
    WalBatchProbe second(other);
    WalBatchProbe watcher(reader);

    for (int i = 1; i <= 30; ++i) {
        (i % 2 ? first : second).commitRows(i % 2 ? QStringLiteral("a") : QStringLiteral("b"), i, 3);
        CHECK(first.rows() == 3 * i);
        CHECK(second.rows() == 3 * i);
        CHECK(watcher.rows() == 3 * i);
    }
    // A read transaction keeps its snapshot while batched commits land, then sees them.
    {
        Transaction snapshot(reader, Transaction::Mode::Deferred);
        CHECK(watcher.rows() == 90);
        first.commitRows(QStringLiteral("a"), 31, 5);
        second.commitRows(QStringLiteral("b"), 32, 5);
        CHECK(watcher.rows() == 90);
        snapshot.commit();
    }
    CHECK(watcher.rows() == 100);
    CHECK(watcher.staleReads() == 0);
    CHECK(watcher.padBytes() == 100 * WalBatchProbe::kPadBytes);
    CHECK(reader.integrityCheck() == u"ok");
    CHECK(other.integrityCheck() == u"ok");
}

TEST_CASE("Checkpoints after batched commits: PASSIVE, TRUNCATE and a restarted WAL", "[store][walbatch]")
{
    TempStore t;
    REQUIRE(WalWriteBatcher::isBatching(t.db().handle()));
    WalBatchProbe probe(t.db());
    Database other = openSecond(t);
    WalBatchProbe otherProbe(other);
    for (int i = 1; i <= 10; ++i)
        probe.commitRows(QStringLiteral("a"), i, 5);

    const Checkpoint passive = checkpoint(t.db(), "PRAGMA wal_checkpoint(PASSIVE)");
    CHECK(passive.busy == 0);
    CHECK(passive.log >= 50);
    CHECK(passive.checkpointed == passive.log);
    const qint64 sizeAfterPassive = walSize(t);
    CHECK(sizeAfterPassive >= passive.log * WalBatchProbe::kFrameBytes);

    // Everything was copied back and no one reads: the next commit starts the WAL again from its
    // first frame, under a new header, over the old bytes.
    probe.commitRows(QStringLiteral("a"), 11, 2);
    const Checkpoint restarted = checkpoint(t.db(), "PRAGMA wal_checkpoint(PASSIVE)");
    CHECK(restarted.log < 10);
    CHECK(restarted.log >= 2);
    CHECK(walSize(t) == sizeAfterPassive);
    CHECK(otherProbe.rows() == 52);  // the other connection follows the restarted WAL
    otherProbe.commitRows(QStringLiteral("b"), 12, 3);
    CHECK(probe.rows() == 55);

    const Checkpoint truncated = checkpoint(t.db(), "PRAGMA wal_checkpoint(TRUNCATE)");
    CHECK(truncated.busy == 0);
    CHECK(walSize(t) == 0);
    for (int i = 13; i <= 15; ++i)
        probe.commitRows(QStringLiteral("a"), i, 4);
    CHECK(walSize(t) > 0);
    CHECK(otherProbe.rows() == 67);
    CHECK(otherProbe.staleReads() == 0);
    CHECK(t.db().integrityCheck() == u"ok");

    other = Database();
    t.reopen();
    WalBatchProbe reopened(t.db());
    CHECK(reopened.rows() == 67);
    CHECK(reopened.padBytes() == 67 * WalBatchProbe::kPadBytes);
    CHECK(t.db().integrityCheck() == u"ok");
}

TEST_CASE("A big transaction: spilled frames, frames rewritten in place, more than the cap", "[store][walbatch]")
{
    TempStore t(via(batcherOverFaultVfs()));
    REQUIRE(WalWriteBatcher::isBatching(t.db().handle()));
    WalBatchProbe probe(t.db());
    // A cache of 20 pages makes SQLite spill frames before COMMIT and read them back, and the
    // UPDATE rewrites frames this transaction already wrote.
    t.db().exec("PRAGMA cache_size = 20");
    FaultVfs::resetWalWrites();
    {
        Transaction tx(t.db());
        probe.insertRows(QStringLiteral("big"), 1, 400);  // ~1.6 MB of frames: many times the cap
        t.db().execute("UPDATE walbatch_probe SET n = n + 1000, pad = randomblob(2500) WHERE id % 2 = 0");
        tx.commit();
    }
    const auto c = FaultVfs::walWrites();
    CHECK(c.largest <= qint64(WalWriteBatcher::kDefaultCapacity));
    CHECK(c.bytes >= 400 * WalBatchProbe::kFrameBytes);
    CHECK(c.writes < 2 * (c.bytes / WalBatchProbe::kFrameBytes));  // gathered, not two per frame
    CHECK(probe.rows() == 400);
    CHECK(t.db().queryInt64("SELECT count(*) FROM walbatch_probe WHERE n = 1001") == 200);
    CHECK(probe.padBytes() == 200 * 3000 + 200 * 2500);
    CHECK(t.db().integrityCheck() == u"ok");
    t.reopen();
    WalBatchProbe reopened(t.db());
    CHECK(reopened.padBytes() == 200 * 3000 + 200 * 2500);
    CHECK(t.db().integrityCheck() == u"ok");
}

TEST_CASE("A full disk when the batch is written at COMMIT fails the commit and half-writes nothing", "[store][walbatch][fault]")
{
    ResetFaults reset;
    for (auto failure : {FaultVfs::Failure::DiskFull, FaultVfs::Failure::IoError}) {
        TempStore t(via(batcherOverFaultVfs()));
        REQUIRE(WalWriteBatcher::isBatching(t.db().handle()));
        WalBatchProbe probe(t.db());
        probe.commitRows(QStringLiteral("kept"), 1, 5);
        Database other = openSecond(t, batcherOverFaultVfs());
        WalBatchProbe watcher(other);

        const long long before = FaultVfs::bytesWritten();
        Transaction tx(t.db());
        probe.insertRows(QStringLiteral("doomed"), 2, 20);
        CHECK(FaultVfs::bytesWritten() == before);  // nothing written yet: it waits for COMMIT
        FaultVfs::failWritesAfter(0, failure);
        auto r = guarded([&] { tx.commit(); });
        FaultVfs::reset();
        REQUIRE_FALSE(r.ok());
        CHECK(r.code() == (failure == FaultVfs::Failure::DiskFull ? ErrorCode::DiskFull : ErrorCode::IoError));
        CHECK_FALSE(r.message().isEmpty());
        CHECK(watcher.rows(QStringLiteral("doomed")) == 0);
        CHECK(watcher.rows(QStringLiteral("kept")) == 5);

        // The failed commit's frames never reach the file later: the other connection appends
        // its own at those offsets, and both connections read them back intact.
        watcher.commitRows(QStringLiteral("other"), 4, 3);
        CHECK(probe.rows(QStringLiteral("other")) == 3);
        CHECK(probe.rows(QStringLiteral("doomed")) == 0);
        probe.commitRows(QStringLiteral("again"), 5, 2);
        CHECK(watcher.rows() == 10);
        CHECK(t.db().integrityCheck() == u"ok");
        CHECK(other.integrityCheck() == u"ok");
    }
}

TEST_CASE("A rolled-back transaction's spilled frames are never written over another connection's", "[store][walbatch]")
{
    TempStore t(via(batcherOverFaultVfs()));
    WalBatchProbe probe(t.db());
    probe.commitRows(QStringLiteral("kept"), 1, 5);
    Database other = openSecond(t, batcherOverFaultVfs());
    WalBatchProbe watcher(other);

    // A small cache makes the transaction spill frames before it ends; they are still pending
    // in the batch (less than its cap, so from the transaction's first frame on) at the rollback.
    t.db().exec("PRAGMA cache_size = 20");
    FaultVfs::resetWalWrites();
    {
        Transaction tx(t.db());
        probe.insertRows(QStringLiteral("rolled back"), 2, 30);
    }  // rolled back
    CHECK(FaultVfs::walWrites().writes == 0);  // spilled into the batch, not yet to the file
    watcher.commitRows(QStringLiteral("other"), 3, 3);
    // This connection's next writes and reads must not put the rolled-back frames back.
    probe.commitRows(QStringLiteral("after"), 4, 2);
    CHECK(probe.rows(QStringLiteral("other")) == 3);
    CHECK(watcher.rows(QStringLiteral("after")) == 2);
    CHECK(watcher.rows(QStringLiteral("rolled back")) == 0);
    CHECK(watcher.rows() == 10);
    CHECK(t.db().integrityCheck() == u"ok");
    CHECK(other.integrityCheck() == u"ok");
    t.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    t.reopen();
    WalBatchProbe reopened(t.db());
    CHECK(reopened.rows() == 10);
    CHECK(t.db().integrityCheck() == u"ok");
}

TEST_CASE("After a failed batch the store reopens intact and takes new commits", "[store][walbatch][fault]")
{
    ResetFaults reset;
    for (auto failure : {FaultVfs::Failure::DiskFull, FaultVfs::Failure::IoError}) {
        TempStore t(via(batcherOverFaultVfs()));
        WalBatchProbe probe(t.db());
        probe.commitRows(QStringLiteral("kept"), 1, 5);
        // Small commit at COMMIT, and a big one that fails at a cap flush or a cache spill.
        for (int rows : {20, 400}) {
            t.db().exec("PRAGMA cache_size = 50");
            FaultVfs::failWritesAfter(rows == 20 ? 0 : 300 * 1024, failure);
            auto r = guarded([&] { probe.commitRows(QStringLiteral("doomed"), 2, rows); });
            FaultVfs::reset();
            INFO(rows);
            REQUIRE_FALSE(r.ok());
            CHECK(r.code() == (failure == FaultVfs::Failure::DiskFull ? ErrorCode::DiskFull : ErrorCode::IoError));
            CHECK(probe.rows(QStringLiteral("doomed")) == 0);
        }
        // The same connection carries on once there is space again.
        probe.commitRows(QStringLiteral("after"), 3, 10);
        CHECK(probe.rows() == 15);
        t.reopen();
        WalBatchProbe reopened(t.db());
        CHECK(reopened.rows(QStringLiteral("kept")) == 5);
        CHECK(reopened.rows(QStringLiteral("doomed")) == 0);
        CHECK(reopened.rows(QStringLiteral("after")) == 10);
        CHECK(reopened.padBytes() == 15 * WalBatchProbe::kPadBytes);
        CHECK(t.db().integrityCheck() == u"ok");
        CHECK(t.audit().verify().ok);
    }
}
