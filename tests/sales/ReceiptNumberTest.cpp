// Receipt numbers stay gapless when the till process is killed in the middle of selling, and a
// restored store starts a new epoch.

#include "SalesFixture.h"

#include "sales/ReceiptNumbers.h"
#include "store/Backup.h"

#include <QProcess>

using namespace patron;
using namespace patron::test;

TEST_CASE("Receipt numbers are gapless across a killed process", "[sales][receipts][crash]")
{
    SalesFixture f;
    f.product(QStringLiteral("A1"), 1234);
    f.openShift();
    f.closeStore();

    QProcess child;
    child.setProgram(binaryDir() + QStringLiteral("/tests/sales/patron_kill_child"));
    child.setArguments({f.ts.dir(), QString::fromLatin1(kPassphrase)});
    child.start();
    REQUIRE(child.waitForStarted(10000));
    QStringList printed;
    QByteArray buffer;
    while (printed.size() < 25 && child.state() == QProcess::Running) {
        if (!child.waitForReadyRead(20000))
            break;
        buffer += child.readAllStandardOutput();
        while (buffer.contains('\n')) {
            const qsizetype nl = buffer.indexOf('\n');
            printed << QString::fromUtf8(buffer.left(nl));
            buffer.remove(0, nl + 1);
        }
    }
    INFO(QString::fromUtf8(child.readAllStandardError()).toStdString());
    REQUIRE(printed.size() >= 25);
    child.kill();  // SIGKILL, most likely inside the next checkout
    REQUIRE(child.waitForFinished(10000));
    CHECK(child.exitStatus() == QProcess::CrashExit);

    f.reopen();
    CHECK(f.db().integrityCheck() == u"ok");
    const qint64 n = f.scalar("SELECT count(*) FROM sales");
    CHECK(n >= printed.size());
    // Exactly 1..N: every number once, none skipped.
    QSet<QString> stored;
    Statement s = f.db().prepare("SELECT receipt_no FROM sales ORDER BY id");
    while (s.step())
        stored.insert(s.text(0));
    s = Statement();
    CHECK(stored.size() == n);
    for (qint64 i = 1; i <= n; ++i)
        CHECK(stored.contains(formatReceiptNumber(QStringLiteral("SH01"), QStringLiteral("T1"), 1, i)));
    for (const QString& p : printed)
        CHECK(stored.contains(p));
    CHECK(f.scalar("SELECT value FROM meta WHERE key = 'receipt_seq.1'") == n);
    // No half-written sale: lines and payments add up to every total.
    CHECK(f.scalar("SELECT count(*) FROM sales s WHERE s.total_minor <> "
                   "(SELECT coalesce(sum(net_minor), 0) FROM sale_lines WHERE sale_id = s.id)") == 0);
    CHECK(f.scalar("SELECT count(*) FROM sales s WHERE s.total_minor <> "
                   "(SELECT coalesce(sum(amount_minor), 0) FROM sale_payments WHERE sale_id = s.id)") == 0);
    CHECK(f.scalar("SELECT count(*) FROM sales s WHERE NOT EXISTS (SELECT 1 FROM sale_lines WHERE sale_id = s.id)") == 0);
    CHECK(f.scalar("SELECT count(*) FROM outbox WHERE type = 'sale.completed'") == n);
    CHECK(f.scalar("SELECT sales FROM sum_day") == n);

    // The next sale continues at N+1.
    const SaleResult next = f.pay(f.cart({{f.catalog->findBySku(QStringLiteral("A1")).value(), 1000}}), {cash(2000)});
    CHECK(next.receiptNo == formatReceiptNumber(QStringLiteral("SH01"), QStringLiteral("T1"), 1, n + 1));
}

TEST_CASE("After a restore the next receipt number is in the new epoch", "[sales][receipts]")
{
    SalesFixture f;
    const Product a = f.product(QStringLiteral("A1"), 500);
    f.openShift();
    CHECK(f.pay(f.cart({{a, 1000}}), {cash(500)}).receiptNo == u"RSH01-T1-1-000001");
    const QString file = f.ts.tempPath(QStringLiteral("backup.patronbak"));
    REQUIRE_OK(backupStore(f.ts.store(), file));
    // Sold after the backup: this number must never be printed again.
    CHECK(f.pay(f.cart({{a, 1000}}), {cash(500)}).receiptNo == u"RSH01-T1-1-000002");
    f.closeStore();
    auto restored = restoreStore(f.ts.dir(), file, kPassphrase);
    REQUIRE_OK(restored);
    CHECK(restored->newReceiptEpoch == 2);
    f.reopen();
    CHECK(f.ctx->receiptEpoch == 2);
    CHECK(f.scalar("SELECT count(*) FROM sales") == 1);
    CHECK(f.pay(f.cart({{a, 1000}}), {cash(500)}).receiptNo == u"RSH01-T1-2-000001");
}
