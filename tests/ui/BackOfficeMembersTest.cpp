#include "BackOfficeFixture.h"

#include "backoffice/FileChooser.h"
#include "backoffice/LoyaltyRulesForm.h"
#include "backoffice/LoyaltyRulesPage.h"
#include "backoffice/LoyaltyRulesPreview.h"
#include "backoffice/LoyaltyRulesTable.h"
#include "backoffice/MemberAdjustPanel.h"
#include "backoffice/MemberDetailDialog.h"
#include "backoffice/MemberHistoryView.h"
#include "backoffice/MemberImportReportDialog.h"
#include "backoffice/MemberTableModel.h"
#include "backoffice/MembersPage.h"
#include "members/MemberActivity.h"
#include "members/RfmAnalysis.h"
#include "store/StoreSettings.h"
#include "backoffice/ProductsPage.h"
#include "sync/SyncConfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {
const QStringList kLanguages{QStringLiteral("zh_CN"), QStringLiteral("en")};

Member registerMember(BackOffice& bo, const QString& name, const QString& mobile, const QStringList& tags = {})
{
    MemberFields f;
    f.name = name;
    f.mobile = mobile;
    f.tags = tags;
    auto m = bo.session->members().members().registerMember(*bo.session->user(), f);
    INFO((m ? QString() : m.error().message).toStdString());
    REQUIRE(m.ok());
    return *m;
}

template <typename Page>
Page* showPage(BackOffice& bo, const char* name)
{
    bo.open();
    REQUIRE(bo.window->showPage(QString::fromLatin1(name)));
    auto* page = qobject_cast<Page*>(bo.window->currentPage());
    REQUIRE(page);
    return page;
}

MemberDetailDialog* openFirst(BackOffice& bo, MembersPage* page, const QString& search)
{
    auto* box = bo.find<QLineEdit>(page, "search");
    box->clear();
    QTest::keyClicks(box, search);
    REQUIRE(page->model()->rowCount() == 1);
    return page->openMember(0);
}

QString readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}
} // namespace

TEST_CASE("Members page: search by last 4, name and tag; edit saves profile and consent", "[ui][backoffice][members]")
{
    for (const QString& lang : kLanguages) {
        useLanguage(lang);
        BackOffice bo;
        const Member wang = registerMember(bo, QStringLiteral("王小明"), QStringLiteral("13800001234"), {QStringLiteral("VIP")});
        registerMember(bo, QStringLiteral("李华"), QStringLiteral("13900005678"), {QStringLiteral("VIP2")});
        auto* page = showPage<MembersPage>(bo, "membersPage");
        CHECK(page->model()->rowCount() == 2);

        auto* search = bo.find<QLineEdit>(page, "search");
        QTest::keyClicks(search, QStringLiteral("1234"));
        REQUIRE(page->model()->rowCount() == 1);
        CHECK(page->model()->member(0).id == wang.id);
        search->clear();
        search->setText(QStringLiteral("李"));  // QTest types ASCII only
        REQUIRE(page->model()->rowCount() == 1);
        CHECK(page->model()->member(0).name == QStringLiteral("李华"));
        search->clear();
        // "VIP" must not match the tag "VIP2".
        QTest::keyClicks(bo.find<QLineEdit>(page, "tagFilter"), QStringLiteral("VIP"));
        REQUIRE(page->model()->rowCount() == 1);
        CHECK(page->model()->member(0).id == wang.id);
        bo.find<QLineEdit>(page, "tagFilter")->clear();
        // Both joined today: nobody has been away 30 days yet; 60 days on, both have.
        bo.find<QSpinBox>(page, "dormantFilter")->setValue(30);
        CHECK(page->model()->rowCount() == 0);
        bo.clock->advanceDays(60);
        page->refresh();
        CHECK(page->model()->rowCount() == 2);
        bo.find<QSpinBox>(page, "dormantFilter")->setValue(0);
        maybeScreenshot(bo.window.get(), QStringLiteral("backoffice-members-%1").arg(lang));

        auto* dialog = openFirst(bo, page, QStringLiteral("13800001234"));
        auto* region = bo.find<QLineEdit>(dialog, "region");
        region->setText(QStringLiteral("浦东"));
        bo.find<QCheckBox>(dialog, "consentSms")->setChecked(true);
        auto* birthday = bo.find<QLineEdit>(dialog, "birthday");
        QTest::keyClicks(birthday, QStringLiteral("1990-13-01"));
        CHECK_FALSE(dialog->save());
        CHECK_FALSE(bo.find<QLabel>(dialog, "error")->text().isEmpty());
        birthday->clear();
        QTest::keyClicks(birthday, QStringLiteral("1990-05-20"));
        REQUIRE(dialog->save());
        auto saved = bo.session->members().members().byId(wang.id);
        REQUIRE(saved.ok());
        CHECK(saved->region == QStringLiteral("浦东"));
        CHECK(saved->birthday == QDate(1990, 5, 20));
        CHECK(saved->consentSms);
        CHECK(saved->consentSmsAt == bo.clock->now());
        CHECK(saved->name == QStringLiteral("王小明"));  // untouched fields stay
        // The birthday filter now finds him in May and nobody in June.
        bo.find<QComboBox>(page, "birthdayMonthFilter")->setCurrentIndex(5);
        REQUIRE(page->model()->rowCount() == 1);
        CHECK(page->model()->member(0).id == wang.id);
        bo.find<QComboBox>(page, "birthdayMonthFilter")->setCurrentIndex(6);
        CHECK(page->model()->rowCount() == 0);
    }
    useLanguage(QStringLiteral("en"));
}

TEST_CASE("Members page: the RFM segment filter lists the pyramid's members, with or without a search",
          "[ui][backoffice][members]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    const Member lapsed = registerMember(bo, QStringLiteral("王一"), QStringLiteral("13800000001"));
    const Member loyal = registerMember(bo, QStringLiteral("王二"), QStringLiteral("13800000002"));
    registerMember(bo, QStringLiteral("李三"), QStringLiteral("13800000003"));  // never bought: in no segment
    // What checkout records for a member sale, each in its own transaction.
    auto buy = [&](qint64 member, qint64 minor) {
        Transaction tx(bo.db());
        bo.session->members().activity().recordPurchase(member, minor, bo.clock->now());
        tx.commit();
    };
    buy(lapsed.id, 500);
    bo.clock->advanceDays(40);
    for (int i = 0; i < 3; ++i)
        buy(loyal.id, 10000);
    // Averages: 20 days, 2 visits, 152.50. 王二 is above on all three, 王一 below on all three.
    auto* page = showPage<MembersPage>(bo, "membersPage");
    CHECK(page->model()->rowCount() == 3);
    auto* segment = bo.find<QComboBox>(page, "segmentFilter");
    REQUIRE(segment->count() == 1 + kRfmSegmentCount);
    segment->setCurrentIndex(segment->findData(int(RfmSegment::ImportantValue)));
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->model()->member(0).id == loyal.id);
    segment->setCurrentIndex(segment->findData(int(RfmSegment::Lost)));
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->model()->member(0).id == lapsed.id);
    segment->setCurrentIndex(segment->findData(int(RfmSegment::New)));
    CHECK(page->model()->rowCount() == 0);
    // With a search the segment narrows the matches the same way: 王 finds both, Lost keeps 王一.
    segment->setCurrentIndex(0);
    bo.find<QLineEdit>(page, "search")->setText(QStringLiteral("王"));  // QTest types ASCII only
    REQUIRE(page->model()->rowCount() == 2);
    segment->setCurrentIndex(segment->findData(int(RfmSegment::Lost)));
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->model()->member(0).id == lapsed.id);
    segment->setCurrentIndex(0);
    bo.find<QLineEdit>(page, "search")->clear();
    CHECK(page->model()->rowCount() == 3);
}

TEST_CASE("Member points adjustment needs a reason and writes one ledger entry", "[ui][backoffice][members]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    const Member m = registerMember(bo, QStringLiteral("Ann"), QStringLiteral("13800002222"));
    auto* page = showPage<MembersPage>(bo, "membersPage");
    auto* dialog = openFirst(bo, page, QStringLiteral("2222"));
    auto* panel = bo.find<MemberAdjustPanel>(dialog, "adjustPanel");
    bo.find<QSpinBox>(panel, "pointsDelta")->setValue(50);
    QTest::mouseClick(bo.find<QPushButton>(panel, "adjustPoints"), Qt::LeftButton);
    CHECK_FALSE(bo.find<QLabel>(panel, "error")->text().isEmpty());
    CHECK(bo.session->members().points().entries(m.id)->isEmpty());

    QTest::keyClicks(bo.find<QLineEdit>(panel, "pointsReason"), QStringLiteral("Goodwill for a late delivery"));
    QTest::mouseClick(bo.find<QPushButton>(panel, "adjustPoints"), Qt::LeftButton);
    auto entries = bo.session->members().points().entries(m.id);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().kind == QStringLiteral("adjust"));
    CHECK(entries->first().amount == 50);
    CHECK(entries->first().reason == QStringLiteral("Goodwill for a late delivery"));
    CHECK(bo.session->members().members().byId(m.id)->pointsBalance == 50);
    CHECK(bo.find<MemberHistoryView>(dialog, "history")->points()->rowCount() == 1);
    CHECK(page->model()->member(0).pointsBalance == 50);  // the list refreshed

    // The form was cleared for the next one; a deduction is a second entry.
    CHECK(bo.find<QLineEdit>(panel, "pointsReason")->text().isEmpty());
    bo.find<QSpinBox>(panel, "pointsDelta")->setValue(-20);
    QTest::keyClicks(bo.find<QLineEdit>(panel, "pointsReason"), QStringLiteral("Typo"));
    REQUIRE(panel->adjustPoints());
    CHECK(bo.session->members().points().entries(m.id)->size() == 2);
    CHECK(bo.session->members().members().byId(m.id)->pointsBalance == 30);
}

TEST_CASE("Member privacy: export to JSON, erase only after confirmation, ledgers kept", "[ui][backoffice][members]")
{
    useLanguage(QStringLiteral("zh_CN"));
    BackOffice bo;
    const Member m = registerMember(bo, QStringLiteral("张三"), QStringLiteral("13700003333"));
    REQUIRE(bo.session->members().points().adjust(*bo.session->user(), m.id, 20, QStringLiteral("welcome")).ok());
    auto* page = showPage<MembersPage>(bo, "membersPage");
    auto* dialog = openFirst(bo, page, QStringLiteral("3333"));

    const QString jsonPath = bo.tmp.filePath(QStringLiteral("member.json"));
    bo.files.answers << jsonPath;
    REQUIRE(dialog->exportData());
    const QString exported = readAll(jsonPath);
    CHECK(exported.contains(QStringLiteral("13700003333")));
    CHECK(exported.contains(QStringLiteral("张三")));

    bo.dialogs.nextAnswer = false;
    CHECK_FALSE(dialog->erase());
    CHECK_FALSE(bo.session->members().members().byId(m.id)->isErased());

    bo.dialogs.nextAnswer = true;
    REQUIRE(dialog->erase());
    auto erased = bo.session->members().members().byId(m.id);
    REQUIRE(erased.ok());
    CHECK(erased->isErased());
    CHECK(erased->name.isEmpty());
    CHECK(erased->mobile.isEmpty());
    auto entries = bo.session->members().points().entries(m.id);
    REQUIRE(entries.ok());
    CHECK(entries->size() == 1);  // the ledger stays as numbers
    CHECK_FALSE(bo.find<QPushButton>(dialog, "save")->isEnabled());
    // The old mobile finds nobody now.
    auto* search = bo.find<QLineEdit>(page, "search");
    search->clear();
    QTest::keyClicks(search, QStringLiteral("13700003333"));
    CHECK(page->model()->rowCount() == 0);
    useLanguage(QStringLiteral("en"));
}

TEST_CASE("Member CSV import reports bad rows and imports nothing; export writes every member", "[ui][backoffice][members]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    registerMember(bo, QStringLiteral("Existing"), QStringLiteral("13600004444"));
    auto* page = showPage<MembersPage>(bo, "membersPage");
    const QString bad = bo.tmp.filePath(QStringLiteral("bad.csv"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("mobile,name\n13500005555,Good\n12345,Bad mobile\n");
    }
    bo.files.answers << bad;
    QSignalSpy done(page, &MembersPage::csvFinished);
    REQUIRE(page->importCsv());
    REQUIRE(done.wait(30000));  // the import runs on a worker thread
    auto* report = bo.find<MemberImportReportDialog>(page, "memberImportReport");
    REQUIRE(report->table()->rowCount() == 1);
    CHECK(report->table()->item(0, 0)->text() == QStringLiteral("3"));
    CHECK(page->model()->rowCount() == 1);  // all or nothing: "Good" was not imported
    report->close();

    bo.find<QCheckBox>(page, "skipBadRows")->setChecked(true);
    bo.files.answers << bad;
    REQUIRE(page->importCsv());
    REQUIRE(done.wait(30000));
    CHECK(page->model()->rowCount() == 2);

    const QString out = bo.tmp.filePath(QStringLiteral("members.csv"));
    bo.files.answers << out;
    REQUIRE(page->exportCsv());
    REQUIRE(done.wait(30000));
    const QStringList lines = readAll(out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].endsWith(QStringLiteral("wallet_bonus_minor")));
    CHECK(lines.join(u'\n').contains(QStringLiteral("13500005555")));
    CHECK(lines.join(u'\n').contains(QStringLiteral("13600004444")));
}

TEST_CASE("Loyalty rules: edit, preview before saving, save a new version", "[ui][backoffice][rules]")
{
    for (const QString& lang : kLanguages) {
        useLanguage(lang);
        BackOffice bo;
        LoyaltyRuleBook& book = bo.session->members().rules();
        const int versionsBefore = int(book.versions().size());
        const LoyaltyRules defaults = LoyaltyRules::defaults();
        REQUIRE(defaults.tiers.size() == 1);
        auto* page = showPage<LoyaltyRulesPage>(bo, "loyaltyRulesPage");
        CHECK_FALSE(page->isReadOnly());

        // 10 % off for the base tier, and 充100送20.
        auto* tiers = page->form()->tiersTable()->table();
        tiers->item(0, 3)->setText(QStringLiteral("10"));
        auto* bonus = page->form()->bonusTable();
        QTest::mouseClick(bo.find<QPushButton>(bonus, "addRow"), Qt::LeftButton);
        REQUIRE(bonus->table()->rowCount() == 1);
        bonus->table()->item(0, 0)->setText(QStringLiteral("100"));
        bonus->table()->item(0, 1)->setText(QStringLiteral("20"));

        REQUIRE(page->preview());
        const RulesPreviewResult& r = page->previewPanel()->result();
        CHECK(r.discountMinor == 1000);  // 10 % of ￥100.00
        CHECK(r.paidMinor == 9000);
        CHECK(r.pointsEarned == 9000 / defaults.points.minorPerPoint * defaults.baseTier().pointsMultiplierBps / 10000);
        CHECK(r.topUpBonusMinor == 2000);
        CHECK(int(book.versions().size()) == versionsBefore);  // a preview saves nothing
        CHECK(book.current().baseTier().discountBps == defaults.baseTier().discountBps);
        maybeScreenshot(bo.window.get(), QStringLiteral("backoffice-loyalty-rules-%1").arg(lang));

        const int version = page->save();
        REQUIRE(version > 0);
        CHECK(int(book.versions().size()) == versionsBefore + 1);
        CHECK(book.current().version == version);
        CHECK(book.current().baseTier().discountBps == 1000);
        REQUIRE(book.current().wallet.topUpBonus.size() == 1);
        CHECK(book.current().wallet.topUpBonus.first().bonusMinor == 2000);
        CHECK(bo.find<QListWidget>(page, "versions")->count() == versionsBefore + 1);

        // A cell that is not a number is refused with its row and column; nothing is saved.
        tiers->item(0, 3)->setText(QStringLiteral("ten"));
        CHECK(page->save() == 0);
        CHECK(bo.find<QLabel>(page, "error")->text().contains(QStringLiteral("ten")));
        CHECK(int(book.versions().size()) == versionsBefore + 1);
    }
    useLanguage(QStringLiteral("en"));
}

TEST_CASE("Loyalty rules JSON tab: bad JSON keeps the manager there; valid JSON reaches the forms", "[ui][backoffice][rules]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    auto* page = showPage<LoyaltyRulesPage>(bo, "loyaltyRulesPage");
    LoyaltyRulesForm* form = page->form();
    const int jsonTab = form->count() - 1;
    form->setCurrentIndex(jsonTab);
    form->jsonEditor()->setPlainText(QStringLiteral("{ \"tiers\": ["));
    form->setCurrentIndex(0);
    CHECK(form->currentIndex() == jsonTab);
    CHECK_FALSE(bo.find<QLabel>(form, "jsonError")->text().isEmpty());
    CHECK(page->save() == 0);

    QJsonObject doc = LoyaltyRules::defaults().toJson();
    QJsonArray tiers = doc.value(QStringLiteral("tiers")).toArray();
    QJsonObject base = tiers[0].toObject();
    base.insert(QStringLiteral("name"), QStringLiteral("普卡"));
    tiers[0] = base;
    doc.insert(QStringLiteral("tiers"), tiers);
    form->jsonEditor()->setPlainText(QString::fromUtf8(QJsonDocument(doc).toJson()));
    form->setCurrentIndex(0);
    CHECK(form->currentIndex() == 0);
    CHECK(form->tiersTable()->table()->item(0, 1)->text() == QStringLiteral("普卡"));
    REQUIRE(page->save() > 0);
    CHECK(bo.session->members().rules().current().baseTier().name == QStringLiteral("普卡"));
}

TEST_CASE("Loyalty rules are read-only when head office owns them", "[ui][backoffice][rules]")
{
    for (const QString& lang : kLanguages) {
        useLanguage(lang);
        BackOffice bo;
        StoreSettings settings(bo.db(), bo.session->clock());
        PgConnectInfo info;
        info.dsn = QStringLiteral("host=hq.example dbname=patron user=till1 password=secret");
        info.sslmode = QStringLiteral("require");
        REQUIRE(SyncConfig(settings).save(info).ok());
        auto* page = showPage<LoyaltyRulesPage>(bo, "loyaltyRulesPage");
        CHECK(page->isReadOnly());
        CHECK(bo.find<QLabel>(page, "readOnlyNote")->isVisible());
        CHECK_FALSE(bo.find<QPushButton>(page, "save")->isEnabled());
        CHECK(page->form()->jsonEditor()->isReadOnly());
        const int versions = int(bo.session->members().rules().versions().size());
        CHECK(page->save() == 0);
        CHECK(int(bo.session->members().rules().versions().size()) == versions);
        CHECK(page->preview());  // looking is still allowed
        maybeScreenshot(bo.window.get(), QStringLiteral("backoffice-loyalty-rules-readonly-%1").arg(lang));
    }
    useLanguage(QStringLiteral("en"));
}

TEST_CASE("The product editors are read-only when head office owns the catalog", "[ui][backoffice][products]")
{
    useLanguage(QStringLiteral("zh_CN"));
    BackOffice bo;
    StoreSettings settings(bo.db(), bo.session->clock());
    PgConnectInfo info;
    info.dsn = QStringLiteral("host=hq.example dbname=patron user=till1 password=secret");
    info.sslmode = QStringLiteral("require");
    REQUIRE(SyncConfig(settings).save(info).ok());
    auto* page = showPage<ProductsPage>(bo, "productsPage");
    CHECK(page->isHeadOfficeOwned());
    CHECK(bo.find<QLabel>(page, "readOnlyNote")->isVisible());
    CHECK_FALSE(bo.find<QPushButton>(page, "newProduct")->isEnabled());
    CHECK_FALSE(bo.find<QPushButton>(page, "importCsv")->isEnabled());
    CHECK(bo.find<QPushButton>(page, "exportCsv")->isEnabled());  // looking and exporting stay allowed
    const qint64 before = bo.db().queryInt64("SELECT count(*) FROM products").value_or(-1);
    page->openEditor(-1);
    CHECK(page->findChildren<QDialog*>().isEmpty());  // no editor opened
    CHECK(bo.db().queryInt64("SELECT count(*) FROM products") == before);
    useLanguage(QStringLiteral("en"));
}
