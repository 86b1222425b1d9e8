// The settings pages (store details, head office, language, backup schedule) and the members
// page's worker-thread CSV and merge tools.

#include "BackOfficeFixture.h"

#include "backoffice/BackupScheduleSettingsPage.h"
#include "backoffice/HeadOfficeSettings.h"
#include "backoffice/HeadOfficeSettingsPage.h"
#include "backoffice/LanguageSettingsPage.h"
#include "backoffice/LoyaltyRulesForm.h"
#include "backoffice/LoyaltyRulesPage.h"
#include "backoffice/LoyaltyRulesTable.h"
#include "backoffice/MemberMergeDialog.h"
#include "backoffice/MemberTableModel.h"
#include "backoffice/MembersPage.h"
#include "backoffice/StoreDetailsSettingsPage.h"
#include "pg/PgServer.h"
#include "sales/receipt/ReceiptBranding.h"
#include "sales/receipt/ReceiptTextRenderer.h"
#include "store/BackupSchedule.h"
#include "store/StoreSettings.h"
#include "sync/SyncConfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTcpServer>
#include <QTimeEdit>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {

template <typename Page>
Page* openPage(BackOffice& bo, const char* name)
{
    bo.open();
    REQUIRE(bo.window->showPage(QString::fromLatin1(name)));
    auto* page = qobject_cast<Page*>(bo.window->currentPage());
    REQUIRE(page);
    return page;
}

qint64 audits(BackOffice& bo, const char* action)
{
    return bo.db().queryInt64("SELECT count(*) FROM audit_log WHERE action = ?", QString::fromLatin1(action)).value_or(0);
}

// A loopback port nothing listens on.
int closedPort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost));
    const int port = probe.serverPort();
    probe.close();
    return port;
}

Member addMember(BackOffice& bo, const QString& name, const QString& mobile)
{
    MemberFields f;
    f.name = name;
    f.mobile = mobile;
    auto m = bo.session->members().members().registerMember(*bo.session->user(), f);
    REQUIRE(m.ok());
    return *m;
}

} // namespace

TEST_CASE("Store details: the receipt header reads the address, phone and tax id; a bad tax id saves nothing", "[ui][settings]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    auto* page = openPage<StoreDetailsSettingsPage>(bo, "storeDetailsPage");
    CHECK(bo.find<QLabel>(page, "codes")->text().contains(QStringLiteral("SH01")));
    CHECK_FALSE(bo.find<QLineEdit>(page, "name")->isReadOnly());
    bo.find<QLineEdit>(page, "name")->setText(QStringLiteral("南京路店"));
    bo.find<QLineEdit>(page, "address")->setText(QStringLiteral("上海市南京东路 100 号"));
    bo.find<QLineEdit>(page, "phone")->setText(QStringLiteral("021-12345678"));
    bo.find<QLineEdit>(page, "taxId")->setText(QStringLiteral("bad tax id"));
    CHECK_FALSE(page->save());
    CHECK(bo.find<QLabel>(page, "error")->text().contains(QStringLiteral("tax id")));
    StoreSettings settings(bo.db(), bo.session->clock());
    CHECK(ReceiptBranding::load(settings).address.isEmpty());

    bo.find<QLineEdit>(page, "taxId")->setText(QStringLiteral("91310000MA1FL0XXXX"));
    REQUIRE(page->save());
    const ReceiptBranding branding = ReceiptBranding::load(settings);
    CHECK(branding.address == QStringLiteral("上海市南京东路 100 号"));
    CHECK(branding.phone == QStringLiteral("021-12345678"));
    CHECK(settings.text(QStringLiteral("store/tax_id")) == QStringLiteral("91310000MA1FL0XXXX"));
    CHECK(branding.taxId == QStringLiteral("91310000MA1FL0XXXX"));
    // Every receipt's header is the branding applied to the document: the tax id is printed.
    ReceiptDocument receipt;
    receipt.header.storeName = QStringLiteral("南京路店");
    branding.applyTo(receipt);
    CHECK(ReceiptTextRenderer::renderText(receipt, 48).contains(QStringLiteral("Tax ID: 91310000MA1FL0XXXX")));
    CHECK(bo.session->store().meta(QStringLiteral("store_name")) == QStringLiteral("南京路店"));
    CHECK(audits(bo, "settings.store") == 1);
}

TEST_CASE("Store details: a joined till keeps head office's store name", "[ui][settings]")
{
    useLanguage(QStringLiteral("zh_CN"));
    BackOffice bo;
    StoreSettings settings(bo.db(), bo.session->clock());
    PgConnectInfo info;
    info.dsn = QStringLiteral("host=hq.example dbname=patron user=till1 password=secret");
    info.sslmode = QStringLiteral("require");
    REQUIRE(SyncConfig(settings).save(info).ok());
    auto* page = openPage<StoreDetailsSettingsPage>(bo, "storeDetailsPage");
    const QString before = bo.session->store().meta(QStringLiteral("store_name"));
    CHECK(bo.find<QLineEdit>(page, "name")->isReadOnly());
    bo.find<QLineEdit>(page, "name")->setText(QStringLiteral("改名"));
    REQUIRE(page->save());
    CHECK(bo.session->store().meta(QStringLiteral("store_name")) == before);
    useLanguage(QStringLiteral("en"));
}

TEST_CASE("Head office: a failed test says why without blocking; join stores the password only in the store",
          "[ui][settings][pg]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    auto* page = openPage<HeadOfficeSettingsPage>(bo, "headOfficePage");
    CHECK(bo.find<QLabel>(page, "state")->text().contains(QStringLiteral("standalone")));
    CHECK_FALSE(bo.find<QPushButton>(page, "leave")->isEnabled());

    // Nothing listens there: the test fails, on the worker thread, with libpq's reason.
    bo.find<QLineEdit>(page, "host")->setText(QStringLiteral("127.0.0.1"));
    bo.find<QSpinBox>(page, "port")->setValue(closedPort());
    bo.find<QLineEdit>(page, "database")->setText(QStringLiteral("patron"));
    bo.find<QLineEdit>(page, "user")->setText(QStringLiteral("till1"));
    bo.find<QLineEdit>(page, "password")->setText(QStringLiteral("s3cret pass'word"));
    auto* sslmode = bo.find<QComboBox>(page, "sslmode");
    sslmode->setCurrentIndex(sslmode->findData(QStringLiteral("disable")));
    QSignalSpy tested(page, &HeadOfficeSettingsPage::testFinished);
    QTest::mouseClick(bo.find<QPushButton>(page, "test"), Qt::LeftButton);
    CHECK(page->isTesting());  // the click returned while libpq is still connecting
    REQUIRE(tested.wait(30000));
    CHECK_FALSE(tested.first().at(0).toBool());
    CHECK(bo.find<QLabel>(page, "testResult")->text().startsWith(QStringLiteral("The connection failed")));

    // Against a real head-office server over TLS (verify-full with its CA): connected.
    PgTestDb hq;
    const PgConnectInfo admin = PgServer::shared().adminInfo(hq.name());
    const HeadOfficeFields real = HeadOfficeSettings::parseDsn(admin.dsn);
    bo.find<QLineEdit>(page, "host")->setText(real.host);
    bo.find<QSpinBox>(page, "port")->setValue(real.port);
    bo.find<QLineEdit>(page, "database")->setText(real.database);
    bo.find<QLineEdit>(page, "user")->setText(real.user);
    bo.find<QLineEdit>(page, "password")->setText(real.password);
    sslmode->setCurrentIndex(sslmode->findData(QStringLiteral("verify-full")));
    bo.find<QLineEdit>(page, "rootCert")->setText(PgServer::shared().caFile());
    tested.clear();
    page->testConnection();
    REQUIRE(tested.wait(30000));
    INFO(tested.first().at(1).toString().toStdString());
    CHECK(tested.first().at(0).toBool());

    REQUIRE(page->join());
    StoreSettings settings(bo.db(), bo.session->clock());
    auto stored = SyncConfig(settings).connectInfo();
    REQUIRE(stored);
    CHECK(HeadOfficeSettings::parseDsn(stored->dsn).password == real.password);
    CHECK(stored->sslmode == QStringLiteral("verify-full"));
    CHECK(stored->sslrootcert == PgServer::shared().caFile());
    CHECK(bo.find<QLineEdit>(page, "password")->text().isEmpty());  // never shown again
    CHECK(bo.find<QLineEdit>(page, "password")->placeholderText().contains(QStringLiteral("stored")));
    CHECK(bo.find<QLabel>(page, "state")->text().contains(QStringLiteral("joined")));
    CHECK(bo.find<QLabel>(page, "status")->text().contains(QStringLiteral("No sync has succeeded yet")));
    bo.settings.sync();
    QFile ini(bo.settings.fileName());
    if (ini.open(QIODevice::ReadOnly))
        CHECK_FALSE(ini.readAll().contains(real.password.toUtf8()));  // not in the plain INI file

    // Saving again with the password left empty keeps the stored one.
    bo.find<QLineEdit>(page, "database")->setText(real.database);
    REQUIRE(page->join());
    CHECK(HeadOfficeSettings::parseDsn(SyncConfig(settings).connectInfo()->dsn).password == real.password);

    bo.dialogs.nextAnswer = true;
    REQUIRE(page->leave());
    CHECK_FALSE(SyncConfig(settings).connectInfo().has_value());
    CHECK(audits(bo, "sync.configure") == 3);
}

TEST_CASE("The connection string survives quotes, spaces and backslashes", "[ui][settings]")
{
    HeadOfficeFields f;
    f.host = QStringLiteral("hq.example.cn");
    f.port = 6543;
    f.database = QStringLiteral("patron hq");
    f.user = QStringLiteral("till_1");
    f.password = QStringLiteral("a b'c\\d");
    const HeadOfficeFields back = HeadOfficeSettings::parseDsn(HeadOfficeSettings::composeDsn(f));
    CHECK(back.host == f.host);
    CHECK(back.port == 6543);
    CHECK(back.database == f.database);
    CHECK(back.user == f.user);
    CHECK(back.password == f.password);
}

TEST_CASE("Language: saved for the next start, with a note", "[ui][settings]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    auto* page = openPage<LanguageSettingsPage>(bo, "languagePage");
    auto* combo = bo.find<QComboBox>(page, "language");
    CHECK(combo->currentData().toString().isEmpty());  // follows the system
    combo->setCurrentIndex(combo->findData(QStringLiteral("zh_CN")));
    page->save();
    CHECK(bo.settings.language() == QStringLiteral("zh_CN"));
    CHECK(TillSettings(bo.settings.fileName()).language() == QStringLiteral("zh_CN"));  // on disk
    CHECK(bo.find<QLabel>(page, "note")->text().contains(QStringLiteral("Restart")));
}

TEST_CASE("Backup schedule page: saves a valid schedule, refuses a missing folder, shows the last run", "[ui][settings][backup]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    auto* page = openPage<BackupScheduleSettingsPage>(bo, "backupSchedulePage");
    CHECK(bo.find<QLabel>(page, "lastRun")->text().contains(QStringLiteral("No automatic backup")));
    bo.find<QCheckBox>(page, "enabled")->setChecked(true);
    bo.find<QTimeEdit>(page, "time")->setTime(QTime(22, 15));
    bo.find<QLineEdit>(page, "folder")->setText(bo.tmp.filePath(QStringLiteral("no-such-folder")));
    bo.find<QSpinBox>(page, "keep")->setValue(5);
    CHECK_FALSE(page->save());
    CHECK(bo.dialogs.warnings == 1);
    CHECK(bo.find<QLabel>(page, "error")->text().contains(QStringLiteral("does not exist")));

    const QString folder = bo.tmp.filePath(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(folder));
    bo.find<QLineEdit>(page, "folder")->setText(folder);
    REQUIRE(page->save());
    BackupSchedule schedule(bo.db(), bo.session->audit(), bo.session->clock());
    CHECK(schedule.config().enabled);
    CHECK(schedule.config().dailyAt == QTime(22, 15));
    CHECK(schedule.config().folder == folder);
    CHECK(schedule.config().keep == 5);

    // A run at 22:15 (as the till's scheduler does it), then the page shows it.
    bo.clock->set(QDateTime(QDate(2026, 3, 14), QTime(22, 15), QTimeZone(8 * 3600)));
    REQUIRE(schedule.isDue());
    const BackupRunOutcome out =
        BackupSchedule::perform(bo.session->store(), bo.db(), schedule.config(), bo.clock->now());
    REQUIRE(out.backup.ok());
    REQUIRE(schedule.record(QStringLiteral("scheduler"), out).ok());
    page->refresh();
    CHECK(bo.find<QLabel>(page, "lastRun")->text().contains(QStringLiteral("patron-SH01-auto-20260314-2215.ptrnbak")));
    CHECK_FALSE(bo.find<QLabel>(page, "lastRun")->text().contains(QStringLiteral("FAILED")));
}

TEST_CASE("A member import cancelled from the progress dialog writes nothing", "[ui][members]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    auto* page = openPage<MembersPage>(bo, "membersPage");
    const QString csv = bo.tmp.filePath(QStringLiteral("many.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray bytes = "mobile,name\n";
        for (int i = 0; i < 20000; ++i)
            bytes += "138" + QByteArray::number(10000000 + i) + ",Member " + QByteArray::number(i) + "\n";
        f.write(bytes);
    }
    QSignalSpy done(page, &MembersPage::csvFinished);
    bo.files.answers << csv;
    REQUIRE(page->importCsv());
    auto* progress = bo.find<QProgressDialog>(page, "csvProgress");
    auto* cancel = progress->findChild<QPushButton*>();
    REQUIRE(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);  // the manager's click, as the dialog's button sends it
    REQUIRE(done.wait(60000));
    CHECK_FALSE(done.first().at(0).toBool());
    CHECK(bo.dialogs.last.contains(QStringLiteral("cancelled")));
    CHECK(bo.db().queryInt64("SELECT count(*) FROM members") == 0);
    CHECK_FALSE(page->isCsvRunning());
}

TEST_CASE("Merge duplicates: pick the pair, take a field, balances add up", "[ui][members][merge]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    const Member kept = addMember(bo, QStringLiteral("王芳"), QStringLiteral("13800001111"));
    const Member dup = addMember(bo, QStringLiteral("王芳"), QStringLiteral("13900002222"));
    MembersModule& members = bo.session->members();
    REQUIRE(members.wallet().topUp(*bo.session->user(), kept.id, 10000, QStringLiteral("cash"), {}).ok());
    REQUIRE(members.wallet().topUp(*bo.session->user(), dup.id, 5000, QStringLiteral("cash"), {}).ok());
    REQUIRE(members.points().adjust(*bo.session->user(), dup.id, 77, QStringLiteral("welcome")).ok());
    REQUIRE(members.members().edit(*bo.session->user(), dup.id, [] {
        MemberFields f;
        f.email = QStringLiteral("wang@example.cn");
        return f;
    }()).ok());
    // As a profile pulled from another store arrives when this store already had its mobile.
    bo.db().execute("UPDATE members SET mobile = NULL, mobile_last4 = NULL WHERE id = ?", dup.id);
    const Member kept0 = *members.members().byId(kept.id);
    const Member dup0 = *members.members().byId(dup.id);

    auto* page = openPage<MembersPage>(bo, "membersPage");
    REQUIRE(bo.find<QPushButton>(page, "mergeMembers")->isVisible());
    CHECK(page->model()->rowCount() == 2);
    MemberMergeDialog* dialog = page->openMerge();
    REQUIRE(dialog->candidates()->count() == 1);
    dialog->candidates()->setCurrentRow(0);
    REQUIRE(dialog->table()->rowCount() > 0);
    CHECK(dialog->table()->item(0, 1)->text() == QStringLiteral("王芳"));
    // The e-mail only the duplicate has is taken by default.
    CHECK(dialog->table()->item(5, 3)->checkState() == Qt::Checked);
    bo.dialogs.nextAnswer = true;
    QSignalSpy merged(dialog, &MemberMergeDialog::merged);
    REQUIRE(dialog->mergeNow());
    CHECK(merged.count() == 1);

    const Member after = *members.members().byId(kept.id);
    CHECK(after.walletPrincipalMinor == kept0.walletPrincipalMinor + dup0.walletPrincipalMinor);
    CHECK(after.walletBonusMinor == kept0.walletBonusMinor + dup0.walletBonusMinor);
    CHECK(after.pointsBalance == kept0.pointsBalance + dup0.pointsBalance);
    CHECK(after.email == QStringLiteral("wang@example.cn"));
    CHECK(members.members().byId(dup.id)->id == kept.id);  // the merged member resolves to the survivor
    CHECK(page->model()->rowCount() == 1);
    CHECK(dialog->candidates()->count() == 0);
    dialog->close();

    // By hand, into itself: the merge button stays off.
    MemberMergeDialog* again = page->openMerge();
    REQUIRE(again->compareRefs(QStringLiteral("13800001111"), QStringLiteral("id:%1").arg(kept.id)));
    CHECK_FALSE(again->findChild<QPushButton*>(QStringLiteral("merge"))->isEnabled());
    again->close();
}

TEST_CASE("Merging members needs a manager: a supervisor does not see it", "[ui][members][merge]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    Session admin = *bo.session->user();
    REQUIRE(bo.session->users().add(admin, QStringLiteral("sue"), QStringLiteral("Sue"), QStringLiteral("supervisor"),
                                    QStringLiteral("2468")).ok());
    bo.signIn(QStringLiteral("sue"), QStringLiteral("2468"));
    auto* page = openPage<MembersPage>(bo, "membersPage");
    CHECK_FALSE(bo.find<QPushButton>(page, "mergeMembers")->isVisible());
}

TEST_CASE("Loyalty rules: count-card products are edited in their own tab and saved with the rules", "[ui][backoffice][rules]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    auto* page = openPage<LoyaltyRulesPage>(bo, "loyaltyRulesPage");
    LoyaltyRulesTable* cards = page->form()->countCardsTable();
    cards->setRows(QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("WASH")},
                                          {QStringLiteral("name"), QStringLiteral("洗车 10 次卡")},
                                          {QStringLiteral("uses"), 10},
                                          {QStringLiteral("valid_days"), 365},
                                          {QStringLiteral("price_minor"), 30000}}});
    // What the manager typed: ￥300 shows as 300.00 and reads back as 30000 fen.
    REQUIRE(cards->table()->rowCount() >= 1);
    CHECK(cards->table()->item(0, 4)->text() == QStringLiteral("300.00"));
    cards->table()->item(0, 2)->setText(QStringLiteral("12"));
    REQUIRE(page->save() > 0);
    const LoyaltyRules& rules = bo.session->members().rules().current();
    REQUIRE(rules.countCardProducts.size() == 1);
    CHECK(rules.countCardProduct(QStringLiteral("WASH"))->uses == 12);
    CHECK(rules.countCardProduct(QStringLiteral("WASH"))->priceMinor == 30000);
    CHECK(rules.countCardProduct(QStringLiteral("WASH"))->validDays == 365);

    // A count card with no uses is refused with the tab's name, and nothing is saved.
    const int version = rules.version;
    cards->table()->item(0, 2)->setText(QStringLiteral("0"));
    CHECK(page->save() == 0);
    CHECK(bo.session->members().rules().current().version == version);
}
