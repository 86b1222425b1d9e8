// The till's receipt counter lives in meta since schema step 17: a store migrated from step 16
// continues each epoch where it was, and a floor another writer raises in receipt_sequences (a
// re-pull of the till's own history) moves the next number past it.

#include "StoreBeforeStep.h"
#include "SalesFixture.h"
#include "TestEnv.h"

#include "sales/ReceiptNumbers.h"
#include "store/Migrations.h"

#include <QTemporaryDir>

using namespace patron;
using namespace patron::test;

TEST_CASE("Schema step 17 carries each epoch's receipt count into meta", "[sales][receipts][migration]")
{
    StoreBeforeStep before(17);
    Database& db = before.db();
    db.exec("INSERT INTO receipt_sequences(epoch, last_seq) VALUES (1, 41), (2, 7)");

    before.migrateRest();
    CHECK(lastReceiptSequence(db, 1) == 41);
    CHECK(lastReceiptSequence(db, 2) == 7);
    CHECK(lastReceiptSequence(db, 3) == 0);
    Transaction tx(db);
    CHECK(nextReceiptNumber(db, QStringLiteral("SH01"), QStringLiteral("T1"), 2) == u"RSH01-T1-2-000008");
    CHECK(nextReceiptNumber(db, QStringLiteral("SH01"), QStringLiteral("T1"), 2) == u"RSH01-T1-2-000009");
    CHECK(nextReceiptNumber(db, QStringLiteral("SH01"), QStringLiteral("T1"), 3) == u"RSH01-T1-3-000001");
    tx.commit();
    // The sale writes no receipt_sequences row any more.
    CHECK(db.queryInt64("SELECT last_seq FROM receipt_sequences WHERE epoch = 2") == 7);
    CHECK(db.queryInt64("SELECT count(*) FROM receipt_sequences WHERE epoch = 3") == 0);
}

TEST_CASE("A receipt floor raised by another writer moves the counter past it", "[sales][receipts]")
{
    SalesFixture f;
    const Product a = f.product(QStringLiteral("A1"), 500);
    f.openShift();
    CHECK(f.pay(f.cart({{a, 1000}}), {cash(500)}).receiptNo == u"RSH01-T1-1-000001");
    // What OwnHistoryRepull does when head office knows receipts up to 10 of this epoch.
    f.db().execute("INSERT OR IGNORE INTO receipt_sequences(epoch, last_seq) VALUES (1, 0)");
    f.db().execute("UPDATE receipt_sequences SET last_seq = 10 WHERE epoch = 1");
    CHECK(f.pay(f.cart({{a, 1000}}), {cash(500)}).receiptNo == u"RSH01-T1-1-000011");
    // A floor below the count changes nothing.
    f.db().execute("UPDATE receipt_sequences SET last_seq = 5 WHERE epoch = 1");
    CHECK(f.pay(f.cart({{a, 1000}}), {cash(500)}).receiptNo == u"RSH01-T1-1-000012");

    SECTION("a number taken in a transaction that rolls back is taken again")
    {
        {
            Transaction tx(f.db());
            CHECK(nextReceiptNumber(f.db(), QStringLiteral("SH01"), QStringLiteral("T1"), 1) == u"RSH01-T1-1-000013");
        }
        CHECK(lastReceiptSequence(f.db(), 1) == 12);
        CHECK(f.pay(f.cart({{a, 1000}}), {cash(500)}).receiptNo == u"RSH01-T1-1-000013");
    }
    SECTION("the first receipt of an epoch starts after the floor")
    {
        f.db().execute("INSERT INTO receipt_sequences(epoch, last_seq) VALUES (2, 30)");
        Transaction tx(f.db());
        CHECK(nextReceiptNumber(f.db(), QStringLiteral("SH01"), QStringLiteral("T1"), 2) == u"RSH01-T1-2-000031");
        tx.commit();
        CHECK(f.scalar("SELECT value FROM meta WHERE key = 'receipt_seq.2'") == 31);
    }
}
