// The price changes page: draft with the effect shown before saving, schedule, the moment
// passing, history, cancel, CSV import, and read-only under head office.

#include "BackOfficeFixture.h"

#include "backoffice/ImportReportDialog.h"
#include "backoffice/PriceChangeTableModel.h"
#include "backoffice/PriceDraftTable.h"
#include "backoffice/PriceListImportRunner.h"
#include "backoffice/PricesPage.h"
#include "catalog/PriceSchedule.h"
#include "catalog/ProductCatalog.h"
#include "store/StoreSettings.h"
#include "sync/SyncConfig.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

#include <time.h>  // tzset: the test moves the PC to another zone

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {

PricesPage* pricesPage(BackOffice& bo)
{
    bo.open();
    REQUIRE(bo.window->showPage(QStringLiteral("pricesPage")));
    auto* page = qobject_cast<PricesPage*>(bo.window->currentPage());
    REQUIRE(page);
    return page;
}

void addProducts(BackOffice& bo)
{
    ProductCatalog catalog(bo.db(), bo.session->audit(), bo.session->outbox(), bo.session->clock());
    for (auto [sku, name, price] : {std::tuple{"A1", "可口可乐", 350}, std::tuple{"B2", "雪碧", 300}}) {
        ProductInput in;
        in.sku = QString::fromUtf8(sku);
        in.name = QString::fromUtf8(name);
        in.priceMinor = price;
        REQUIRE(catalog.add(*bo.session->user(), in).ok());
    }
}

qint64 priceOf(BackOffice& bo, const char* sku)
{
    return bo.db().queryInt64("SELECT price_minor FROM products WHERE sku = ?", QString::fromLatin1(sku)).value_or(-1);
}

void findAndAdd(BackOffice& bo, PricesPage* page, const QString& query)
{
    auto* search = bo.find<QLineEdit>(page, "search");
    search->clear();
    search->setText(query);
    REQUIRE(bo.find<QListWidget>(page, "results")->count() >= 1);
    QTest::mouseClick(bo.find<QPushButton>(page, "addLine"), Qt::LeftButton);
}

} // namespace

TEST_CASE("Prices page: a draft shows its effect, is scheduled, and applies when its moment comes", "[ui][backoffice][prices]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    addProducts(bo);
    auto* page = pricesPage(bo);
    findAndAdd(bo, page, QStringLiteral("可乐"));
    findAndAdd(bo, page, QStringLiteral("B2"));
    auto* draft = bo.find<PriceDraftTable>(page, "draft");
    REQUIRE(draft->rowCount() == 2);
    findAndAdd(bo, page, QStringLiteral("可乐"));  // again: still one line per product
    CHECK(draft->rowCount() == 2);

    draft->item(0, PriceDraftTable::NewRetail)->setText(QStringLiteral("3.99"));
    draft->item(1, PriceDraftTable::NewRetail)->setText(QStringLiteral("2.70"));
    draft->item(1, PriceDraftTable::NewMember)->setText(QStringLiteral("2.50"));
    // The effect, before anything is saved.
    CHECK(draft->item(0, PriceDraftTable::Effect)->text().contains(QStringLiteral("+14.0%")));
    CHECK(draft->item(1, PriceDraftTable::Effect)->text().contains(QStringLiteral("-10.0%")));
    const QString summary = bo.find<QLabel>(page, "summary")->text();
    CHECK(summary.contains(QStringLiteral("2 products change")));  // English plural from patron_en.ts
    CHECK(summary.contains(QStringLiteral("1 up, 1 down")));
    CHECK(summary.contains(QStringLiteral("2026-03-15 08:00")));  // tomorrow's opening, the default
    CHECK(priceOf(bo, "A1") == 350);

    // A typo is caught in the page, nothing saved.
    draft->item(0, PriceDraftTable::NewRetail)->setText(QStringLiteral("3.9x"));
    CHECK_FALSE(page->scheduleDraft());
    CHECK(bo.find<QLabel>(page, "error")->text().contains(QStringLiteral("3.9x")));
    draft->item(0, PriceDraftTable::NewRetail)->setText(QStringLiteral("3.99"));

    bo.find<QLineEdit>(page, "note")->setText(QStringLiteral("spring prices"));
    QTest::mouseClick(bo.find<QPushButton>(page, "schedule"), Qt::LeftButton);
    CHECK(bo.find<QLabel>(page, "error")->text().isEmpty());
    CHECK(draft->rowCount() == 0);
    REQUIRE(page->changes()->rowCount() == 2);
    CHECK(page->changes()->change(0).status == PriceChangeStatus::Pending);
    CHECK(page->changes()->change(0).note == QStringLiteral("spring prices"));
    CHECK(priceOf(bo, "A1") == 350);

    // Nothing happens until the moment; then the page (or the till's timer) applies it.
    bo.clock->advanceSecs(23 * 3600 - 1);
    page->refresh();
    CHECK(priceOf(bo, "A1") == 350);
    bo.clock->advanceSecs(1);
    page->refresh();
    CHECK(priceOf(bo, "A1") == 399);
    CHECK(priceOf(bo, "B2") == 270);
    CHECK(page->changes()->rowCount() == 0);  // the pending filter: nothing left

    // The product's price history, newest first.
    auto* results = bo.find<QListWidget>(page, "results");
    auto* search = bo.find<QLineEdit>(page, "search");
    search->setText(QStringLiteral("A1"));
    results->setCurrentRow(0);
    auto* history = bo.find<QTableWidget>(page, "history");
    REQUIRE(history->rowCount() == 2);
    CHECK(history->item(0, 1)->text() == QStringLiteral("3.99"));
    CHECK(history->item(0, 3)->text().contains(QStringLiteral("price change")));
    CHECK(history->item(1, 1)->text() == QStringLiteral("3.50"));
}

TEST_CASE("Prices page: now, cancel, and a price list from CSV", "[ui][backoffice][prices]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    addProducts(bo);
    auto* page = pricesPage(bo);
    auto* draft = bo.find<PriceDraftTable>(page, "draft");

    findAndAdd(bo, page, QStringLiteral("B2"));
    draft->item(0, PriceDraftTable::NewRetail)->setText(QStringLiteral("3.20"));
    bo.find<QCheckBox>(page, "now")->setChecked(true);
    CHECK(bo.find<QLabel>(page, "summary")->text().contains(QStringLiteral("now")));
    REQUIRE(page->scheduleDraft());
    CHECK(priceOf(bo, "B2") == 320);

    bo.find<QCheckBox>(page, "now")->setChecked(false);
    findAndAdd(bo, page, QStringLiteral("A1"));
    draft->item(0, PriceDraftTable::NewRetail)->setText(QStringLiteral("4.00"));
    REQUIRE(page->scheduleDraft());
    REQUIRE(page->changes()->rowCount() == 1);
    auto* view = bo.find<QTableView>(page, "changes");
    view->selectRow(0);
    bo.dialogs.nextAnswer = true;
    QTest::mouseClick(bo.find<QPushButton>(page, "cancelChange"), Qt::LeftButton);
    CHECK(page->changes()->rowCount() == 0);
    bo.clock->advanceDays(2);
    page->refresh();
    CHECK(priceOf(bo, "A1") == 350);  // cancelled: never applied

    // A price list with a bad row: every problem reported, nothing scheduled.
    page->setEffectiveTime(bo.clock->now().addDays(1));
    const QString bad = bo.tmp.filePath(QStringLiteral("bad.csv"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("sku,price\nA1,4.10\nNOPE,1\n");
    }
    bo.files.answers << bad;
    QTest::mouseClick(bo.find<QPushButton>(page, "importPriceList"), Qt::LeftButton);
    // The list is read on a worker; the problems arrive in the report dialog, one row each.
    REQUIRE(QTest::qWaitFor([&] { return page->findChild<ImportReportDialog*>(QStringLiteral("priceImportReport")); },
                            20000));
    auto* report = page->findChild<ImportReportDialog*>(QStringLiteral("priceImportReport"));
    REQUIRE(report->table()->rowCount() == 1);
    CHECK(report->table()->item(0, 0)->text() == QStringLiteral("3"));
    CHECK(report->table()->item(0, 1)->text().contains(QStringLiteral("NOPE")));
    report->close();
    CHECK(page->schedule().list(true)->isEmpty());
    const QString good = bo.tmp.filePath(QStringLiteral("good.csv"));
    {
        QFile f(good);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("sku,price\nA1,4.10\n");
    }
    bo.files.answers << good;
    const int dialogsBefore = bo.dialogs.count;
    QTest::mouseClick(bo.find<QPushButton>(page, "importPriceList"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return bo.dialogs.count == dialogsBefore + 1; }, 20000));
    CHECK(bo.dialogs.last.contains(QStringLiteral("scheduled")));
    CHECK(page->changes()->rowCount() == 1);
    CHECK(page->changes()->change(0).retailMinor == 410);
}

TEST_CASE("Prices page is read-only when head office owns the catalog", "[ui][backoffice][prices]")
{
    useLanguage(QStringLiteral("zh_CN"));
    BackOffice bo;
    addProducts(bo);
    StoreSettings settings(bo.db(), bo.session->clock());
    PgConnectInfo info;
    info.dsn = QStringLiteral("host=hq.example dbname=patron user=till1 password=secret");
    info.sslmode = QStringLiteral("require");
    REQUIRE(SyncConfig(settings).save(info).ok());
    auto* page = pricesPage(bo);
    CHECK(page->isHeadOfficeOwned());
    CHECK(bo.find<QLabel>(page, "readOnlyNote")->isVisible());
    for (const char* name : {"schedule", "importPriceList", "cancelChange", "addLine"})
        CHECK_FALSE(bo.find<QPushButton>(page, name)->isEnabled());
    CHECK(bo.find<QLineEdit>(page, "search")->isEnabled());  // looking up history stays allowed
    page->addResult(0);
    CHECK_FALSE(page->scheduleDraft());
    CHECK(bo.db().queryInt64("SELECT count(*) FROM price_changes") == 0);
    useLanguage(QStringLiteral("en"));
}

TEST_CASE("The draft's percentage change is rounded in integers, half away from zero", "[ui][backoffice][prices]")
{
    CHECK(PriceDraftTable::percentChange(350, 399) == QStringLiteral("+14.0%"));
    CHECK(PriceDraftTable::percentChange(300, 270) == QStringLiteral("-10.0%"));
    CHECK(PriceDraftTable::percentChange(400, 401) == QStringLiteral("+0.3%"));   // 0.25 rounds up
    CHECK(PriceDraftTable::percentChange(400, 399) == QStringLiteral("-0.3%"));   // and -0.25 down
    CHECK(PriceDraftTable::percentChange(300, 299) == QStringLiteral("-0.3%"));   // -0.33
    CHECK(PriceDraftTable::percentChange(100, 100) == QStringLiteral("+0.0%"));
    CHECK(PriceDraftTable::percentChange(100, 350) == QStringLiteral("+250.0%"));
    CHECK(PriceDraftTable::percentChange(0, 100).isEmpty());  // from free: no percentage
}

TEST_CASE("The draft removes a member price: the typed cell is locked and the change clears it", "[ui][backoffice][prices]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    addProducts(bo);
    ProductCatalog catalog(bo.db(), bo.session->audit(), bo.session->outbox(), bo.session->clock());
    ProductInput member;
    member.sku = QStringLiteral("C3");
    member.name = QStringLiteral("芬达");
    member.priceMinor = 300;
    member.memberPriceMinor = std::optional<qint64>(280);
    REQUIRE(catalog.add(*bo.session->user(), member).ok());
    auto* page = pricesPage(bo);
    auto* draft = bo.find<PriceDraftTable>(page, "draft");

    // A product without a member price has nothing to remove.
    findAndAdd(bo, page, QStringLiteral("A1"));
    CHECK_FALSE(draft->item(0, PriceDraftTable::ClearMember)->flags() & Qt::ItemIsUserCheckable);
    findAndAdd(bo, page, QStringLiteral("C3"));
    QTableWidgetItem* clear = draft->item(1, PriceDraftTable::ClearMember);
    REQUIRE(clear->flags() & Qt::ItemIsUserCheckable);
    draft->item(1, PriceDraftTable::NewMember)->setText(QStringLiteral("2.50"));
    clear->setCheckState(Qt::Checked);
    CHECK(draft->item(1, PriceDraftTable::NewMember)->text().isEmpty());
    CHECK_FALSE(draft->item(1, PriceDraftTable::NewMember)->flags() & Qt::ItemIsEditable);
    CHECK(draft->item(1, PriceDraftTable::Effect)->text() == QStringLiteral("member price removed"));
    CHECK(bo.find<QLabel>(page, "summary")->text().startsWith(QStringLiteral("1 product")));

    QString error;
    const QList<PriceChangeRequest> requests = draft->requests(&error);
    REQUIRE(error.isEmpty());
    REQUIRE(requests.size() == 2);
    CHECK_FALSE(requests[0].memberPriceMinor.has_value());  // A1: left alone
    REQUIRE(requests[1].memberPriceMinor.has_value());
    CHECK_FALSE(requests[1].memberPriceMinor->has_value());  // C3: set to none

    // Unticked, the cell is editable again and the line changes nothing.
    clear->setCheckState(Qt::Unchecked);
    CHECK(draft->item(1, PriceDraftTable::NewMember)->flags() & Qt::ItemIsEditable);
    CHECK(draft->item(1, PriceDraftTable::Effect)->text() == QStringLiteral("no change"));

    clear->setCheckState(Qt::Checked);
    bo.find<QCheckBox>(page, "now")->setChecked(true);
    REQUIRE(page->scheduleDraft());
    CHECK(bo.db().queryInt64("SELECT count(*) FROM products WHERE sku = 'C3' AND member_price_minor IS NULL") == 1);
    CHECK(priceOf(bo, "C3") == 300);
    CHECK(draft->rowCount() == 0);
}

TEST_CASE("A price list import runs off the UI thread with progress; a cancel schedules nothing", "[ui][backoffice][prices]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    ProductCatalog catalog(bo.db(), bo.session->audit(), bo.session->outbox(), bo.session->clock());
    QByteArray list = "sku,price\n";
    for (int i = 0; i < 450; ++i) {
        ProductInput in;
        in.sku = QStringLiteral("P%1").arg(i);
        in.name = QStringLiteral("商品 %1").arg(i);
        in.priceMinor = 500;
        REQUIRE(catalog.add(*bo.session->user(), in).ok());
        list += "P" + QByteArray::number(i) + ",5.50\n";
    }
    auto* page = pricesPage(bo);
    const QString path = bo.tmp.filePath(QStringLiteral("list.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(list);
    }

    // Cancelled before the worker reaches its first progress report: the flag is read there.
    bo.files.answers << path;
    QTest::mouseClick(bo.find<QPushButton>(page, "importPriceList"), Qt::LeftButton);
    CHECK(page->findChild<QProgressDialog*>(QStringLiteral("importProgress")));
    page->importRunner()->cancel();
    REQUIRE(QTest::qWaitFor([&] { return bo.dialogs.count == 1; }, 30000));
    CHECK(bo.dialogs.last.contains(QStringLiteral("cancelled")));
    CHECK(bo.db().queryInt64("SELECT count(*) FROM price_changes") == 0);

    // Again to the end: progress reports every 200 rows and at the last, then the list is scheduled.
    QSignalSpy progress(page->importRunner(), &PriceListImportRunner::progress);
    bo.files.answers << path;
    QTest::mouseClick(bo.find<QPushButton>(page, "importPriceList"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return bo.dialogs.count == 2; }, 30000));
    CHECK(bo.dialogs.last.contains(QStringLiteral("450")));
    REQUIRE(progress.size() == 3);
    CHECK(progress.last().at(0).toInt() == 450);
    CHECK(progress.last().at(1).toInt() == 450);
    CHECK(bo.db().queryInt64("SELECT count(*) FROM price_changes WHERE status = 'pending'") == 450);
    CHECK(page->changes()->rowCount() == 450);
    CHECK(QTest::qWaitFor([&] { return !page->findChild<QProgressDialog*>(QStringLiteral("importProgress")); }, 5000));
}

TEST_CASE("The effective-time picker and the summary both use the till clock's zone, not the PC's", "[ui][backoffice][prices]")
{
    useLanguage(QStringLiteral("en"));
    // The PC runs in UTC while the till clock (the fixture's) runs at +08:00.
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "UTC");
    tzset();
    struct RestoreTz {
        QByteArray tz;
        ~RestoreTz()
        {
            if (tz.isNull())
                qunsetenv("TZ");
            else
                qputenv("TZ", tz);
            tzset();
        }
    } restoreTz{oldTz};

    BackOffice bo;
    addProducts(bo);
    auto* page = pricesPage(bo);
    auto* picker = bo.find<QDateTimeEdit>(page, "effectiveAt");
    // Tomorrow's opening in the till's zone, as the picker shows it and as the summary says it.
    CHECK(picker->text() == QStringLiteral("2026-03-15 08:00"));
    CHECK(bo.find<QLabel>(page, "effectiveZone")->text() == QStringLiteral("UTC+08:00"));
    const QDateTime expectedDefault(QDate(2026, 3, 15), QTime(8, 0), QTimeZone(8 * 3600));
    REQUIRE(page->chosenTime().has_value());
    CHECK(page->chosenTime()->toMSecsSinceEpoch() == expectedDefault.toMSecsSinceEpoch());

    // The manager picks 16 March 10:30 on the picker; the schedule stores that wall time at +08:00.
    picker->setDate(QDate(2026, 3, 16));
    picker->setTime(QTime(10, 30));
    CHECK(picker->text() == QStringLiteral("2026-03-16 10:30"));
    findAndAdd(bo, page, QStringLiteral("A1"));
    bo.find<PriceDraftTable>(page, "draft")->item(0, PriceDraftTable::NewRetail)->setText(QStringLiteral("3.80"));
    const QString summary = bo.find<QLabel>(page, "summary")->text();
    CHECK(summary.contains(QStringLiteral("at 2026-03-16 10:30 (in 49 h 30 min)")));
    REQUIRE(page->scheduleDraft());
    const QDateTime expected(QDate(2026, 3, 16), QTime(10, 30), QTimeZone(8 * 3600));
    CHECK(bo.db().queryInt64("SELECT effective_ms FROM price_changes").value_or(0) == expected.toMSecsSinceEpoch());
    CHECK(bo.db().queryText("SELECT effective_at FROM price_changes").value_or(QString()).startsWith(
        QStringLiteral("2026-03-16T10:30:00+08:00")));

    // setEffectiveTime takes any moment and shows it in the till's zone (02:30 UTC is 10:30 at +08).
    page->setEffectiveTime(QDateTime(QDate(2026, 3, 20), QTime(2, 30), Qt::UTC));
    CHECK(picker->text() == QStringLiteral("2026-03-20 10:30"));
}
