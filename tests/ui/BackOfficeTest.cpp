#include "BackOfficeFixture.h"

#include "backoffice/AddUserDialog.h"
#include "backoffice/AuditPage.h"
#include "backoffice/BackupPage.h"
#include "backoffice/PermissionMatrixTable.h"
#include "backoffice/PrinterPage.h"
#include "sales/receipt/ReceiptBranding.h"
#include "store/Database.h"
#include "store/StoreSettings.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

TEST_CASE("The back office shows only the pages the role allows", "[ui][backoffice]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    CHECK(BackOfficeWindow::allowedFor(*bo.session->user()));
    bo.open();
    CHECK(bo.window->pageNames()
          == QStringList({QStringLiteral("productsPage"), QStringLiteral("categoriesPage"), QStringLiteral("pricesPage"), QStringLiteral("promotionsPage"),
                          QStringLiteral("membersPage"), QStringLiteral("loyaltyRulesPage"),
                          QStringLiteral("usersPage"), QStringLiteral("auditPage"),
                          QStringLiteral("printerPage"), QStringLiteral("scannerPage"), QStringLiteral("tillKeysPage"),
                          QStringLiteral("storeDetailsPage"),
                          QStringLiteral("headOfficePage"), QStringLiteral("languagePage"), QStringLiteral("backupPage"),
                          QStringLiteral("backupSchedulePage"), QStringLiteral("reportsPage")}));

    Session admin = *bo.session->user();
    REQUIRE(bo.session->users().add(admin, QStringLiteral("amy"), QStringLiteral("Amy"), QStringLiteral("cashier"),
                                    QStringLiteral("2468")).ok());
    bo.signIn(QStringLiteral("amy"), QStringLiteral("2468"));
    CHECK_FALSE(BackOfficeWindow::allowedFor(*bo.session->user()));
    bo.open();
    CHECK(bo.window->pageNames().isEmpty());
    CHECK_FALSE(bo.window->showPage(QStringLiteral("usersPage")));
}

TEST_CASE("Every back-office page opens in Chinese and English", "[ui][backoffice]")
{
    for (const QString& lang : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        useLanguage(lang);
        BackOffice bo;
        bo.open();
        for (const QString& page : bo.window->pageNames()) {
            REQUIRE(bo.window->showPage(page));
            CHECK(bo.window->currentPage()->objectName() == page);
        }
    }
    useLanguage(QStringLiteral("en"));
}

TEST_CASE("Users page: add a user, reset a PIN, disable, edit the permission matrix", "[ui][backoffice]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    bo.open();
    REQUIRE(bo.window->showPage(QStringLiteral("usersPage")));
    QWidget* page = bo.window->currentPage();
    QTest::mouseClick(bo.find<QPushButton>(page, "addUser"), Qt::LeftButton);
    auto* dialog = bo.find<AddUserDialog>(page, "addUserDialog");
    QTest::keyClicks(bo.find<QLineEdit>(dialog, "name"), QStringLiteral("bob"));
    QTest::keyClicks(bo.find<QLineEdit>(dialog, "displayName"), QStringLiteral("Bob"));
    QTest::keyClicks(bo.find<QLineEdit>(dialog, "pin"), QStringLiteral("1357"));
    QTest::keyClicks(bo.find<QLineEdit>(dialog, "pinAgain"), QStringLiteral("1358"));
    QTest::mouseClick(bo.find<QPushButton>(dialog, "save"), Qt::LeftButton);
    CHECK(bo.find<QLabel>(dialog, "error")->text().contains(QStringLiteral("not the same")));
    CHECK_FALSE(bo.session->users().find(QStringLiteral("bob")).ok());
    auto* again = bo.find<QLineEdit>(dialog, "pinAgain");
    again->clear();
    QTest::keyClicks(again, QStringLiteral("1357"));
    QTest::mouseClick(bo.find<QPushButton>(dialog, "save"), Qt::LeftButton);
    REQUIRE(bo.session->users().find(QStringLiteral("bob")).ok());
    CHECK(bo.session->users().find(QStringLiteral("bob"))->role == QStringLiteral("cashier"));

    auto* users = bo.find<QTableWidget>(page, "users");
    int bobRow = -1;
    for (int r = 0; r < users->rowCount(); ++r)
        if (users->item(r, 0)->text() == u"bob")
            bobRow = r;
    REQUIRE(bobRow >= 0);
    users->setCurrentCell(bobRow, 0);
    QTest::keyClicks(bo.find<QLineEdit>(page, "newPin"), QStringLiteral("9999"));
    QTest::mouseClick(bo.find<QPushButton>(page, "resetPin"), Qt::LeftButton);
    CHECK(bo.session->users().authenticate(QStringLiteral("bob"), QStringLiteral("9999")).ok());
    users->setCurrentCell(bobRow, 0);
    QTest::mouseClick(bo.find<QPushButton>(page, "toggleDisabled"), Qt::LeftButton);
    CHECK(bo.session->users().find(QStringLiteral("bob"))->disabled);

    // Grant cashiers the no-sale drawer; try to take users.manage from admin (it stays).
    auto* matrix = bo.find<PermissionMatrixTable>(page, "permissionMatrix");
    REQUIRE(matrix->cell(perm::DrawerNoSale, QStringLiteral("cashier")));
    matrix->cell(perm::DrawerNoSale, QStringLiteral("cashier"))->setCheckState(Qt::Checked);
    matrix->cell(perm::UsersManage, QStringLiteral("admin"))->setCheckState(Qt::Unchecked);
    const qint64 auditBefore = *bo.db().queryInt64("SELECT count(*) FROM audit_log");
    QTest::mouseClick(bo.find<QPushButton>(page, "savePermissions"), Qt::LeftButton);
    CHECK(bo.session->users().permissionsOf(QStringLiteral("cashier")).contains(perm::DrawerNoSale));
    CHECK(bo.session->users().permissionsOf(QStringLiteral("admin")).contains(perm::UsersManage));
    CHECK(*bo.db().queryInt64("SELECT count(*) FROM audit_log WHERE action = 'roles.permissions'") == 1);
    CHECK(*bo.db().queryInt64("SELECT count(*) FROM audit_log") == auditBefore + 1);
}

TEST_CASE("Audit page filters, pages and verifies the chain", "[ui][backoffice]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    Session admin = *bo.session->user();
    for (int i = 0; i < 230; ++i)
        REQUIRE(bo.session->users().setPin(admin, QStringLiteral("admin"), QStringLiteral("1234")).ok());
    bo.open();
    REQUIRE(bo.window->showPage(QStringLiteral("auditPage")));
    auto* page = qobject_cast<AuditPage*>(bo.window->currentPage());
    REQUIRE(page);
    auto* table = bo.find<QTableWidget>(page, "audit");
    CHECK(table->rowCount() == AuditPage::kPageSize);
    const qint64 newest = *bo.db().queryInt64("SELECT max(id) FROM audit_log");
    CHECK(table->item(0, 0)->text().toLongLong() == newest);
    QTest::mouseClick(bo.find<QPushButton>(page, "older"), Qt::LeftButton);
    const qint64 total = *bo.db().queryInt64("SELECT count(*) FROM audit_log");
    CHECK(table->rowCount() == total - AuditPage::kPageSize);
    QTest::mouseClick(bo.find<QPushButton>(page, "newer"), Qt::LeftButton);
    CHECK(table->item(0, 0)->text().toLongLong() == newest);

    auto* action = bo.find<QComboBox>(page, "actionFilter");
    const int loginIndex = action->findData(QStringLiteral("login.ok"));
    REQUIRE(loginIndex > 0);
    action->setCurrentIndex(loginIndex);
    CHECK(table->rowCount() == *bo.db().queryInt64("SELECT count(*) FROM audit_log WHERE action = 'login.ok'"));
    auto* to = bo.find<QDateEdit>(page, "toDate");
    to->setDate(QDate(2026, 3, 13));  // everything happened on the 14th
    CHECK(table->rowCount() == 0);

    QTest::mouseClick(bo.find<QPushButton>(page, "verifyChain"), Qt::LeftButton);
    CHECK(bo.find<QLabel>(page, "verifyResult")->text().contains(QString::number(total)));
    bo.db().execute("UPDATE audit_log SET subject = 'tampered' WHERE id = 5");
    QTest::mouseClick(bo.find<QPushButton>(page, "verifyChain"), Qt::LeftButton);
    CHECK(bo.find<QLabel>(page, "verifyResult")->text().contains(QStringLiteral("record 5")));
    CHECK(bo.dialogs.warnings == 1);
}

TEST_CASE("Printer page saves texts, logo and printer settings; the preview follows", "[ui][backoffice]")
{
    useLanguage(QStringLiteral("zh_CN"));
    BackOffice bo;
    bo.open();
    REQUIRE(bo.window->showPage(QStringLiteral("printerPage")));
    auto* page = qobject_cast<PrinterPage*>(bo.window->currentPage());
    REQUIRE(page);
    const QImage before = page->previewImage();
    CHECK(before.width() == 576);
    bo.find<QComboBox>(page, "paper")->setCurrentIndex(0);
    CHECK(page->previewImage().width() == 384);
    QTest::keyClicks(bo.find<QLineEdit>(page, "printerUri"), QStringLiteral("tcp://127.0.0.1:9"));
    bo.find<QPlainTextEdit>(page, "footer")->setPlainText(QStringLiteral("谢谢惠顾 Thank you"));
    const int heightWithoutLogo = page->previewImage().height();

    QImage logo(1000, 300, QImage::Format_RGB32);
    logo.fill(Qt::white);
    QPainter(&logo).fillRect(100, 50, 800, 200, Qt::black);
    const QString logoFile = bo.tmp.filePath(QStringLiteral("logo.png"));
    REQUIRE(logo.save(logoFile));
    bo.files.answers = {bo.tmp.filePath(QStringLiteral("missing.png")), logoFile};
    QTest::mouseClick(bo.find<QPushButton>(page, "chooseLogo"), Qt::LeftButton);
    CHECK(bo.dialogs.warnings == 1);  // not a picture: a translated warning, nothing changed
    CHECK(page->branding().logo.isNull());
    QTest::mouseClick(bo.find<QPushButton>(page, "chooseLogo"), Qt::LeftButton);
    CHECK(page->branding().logo.width() == 384);
    CHECK(page->previewImage().height() > heightWithoutLogo);
    maybeScreenshot(bo.window.get(), QStringLiteral("backoffice-printer-logo-zh_CN"));

    QTest::mouseClick(bo.find<QPushButton>(page, "save"), Qt::LeftButton);
    StoreSettings stored(bo.db(), *bo.clock);
    const ReceiptBranding saved = ReceiptBranding::load(stored);
    CHECK(saved.footer == QStringLiteral("谢谢惠顾 Thank you"));
    CHECK(saved.logo.width() == 384);
    CHECK(saved.logo.packedRows() == page->branding().logo.packedRows());
    CHECK(bo.settings.paperColumns() == 32);
    CHECK(bo.settings.printerUri() == QStringLiteral("tcp://127.0.0.1:9"));
    CHECK(*bo.db().queryInt64("SELECT count(*) FROM audit_log WHERE action = 'settings.receipt'") == 1);

    // Nothing listens on port 9: the test print fails, asynchronously, with a message.
    QTest::mouseClick(bo.find<QPushButton>(page, "testPrint"), Qt::LeftButton);
    auto* status = bo.find<QLabel>(page, "printStatus");
    const QString printing = status->text();
    CHECK(QTest::qWaitFor([&] { return status->text() != printing; }, 15000));
    useLanguage(QStringLiteral("en"));
}

TEST_CASE("Backup page writes a verified backup off the UI thread", "[ui][backoffice]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    bo.open();
    REQUIRE(bo.window->showPage(QStringLiteral("backupPage")));
    auto* page = qobject_cast<BackupPage*>(bo.window->currentPage());
    REQUIRE(page);
    const QString target = bo.tmp.filePath(QStringLiteral("shop.ptrnbak"));
    bo.files.answers = {target};
    QTest::mouseClick(bo.find<QPushButton>(page, "backUpNow"), Qt::LeftButton);
    CHECK(QTest::qWaitFor([&] { return bo.find<QLabel>(page, "result")->text().contains(QStringLiteral("SHA-256")); }, 30000));
    REQUIRE(QFile::exists(target));
    CHECK(bo.find<QPushButton>(page, "backUpNow")->isEnabled());
    CHECK(bo.find<QLabel>(page, "restoreHelp")->text().contains(QStringLiteral("patron-cli restore")));

    bo.files.answers = {QStringLiteral("/dev/full/x.ptrnbak")};
    QTest::mouseClick(bo.find<QPushButton>(page, "backUpNow"), Qt::LeftButton);
    CHECK(QTest::qWaitFor([&] { return bo.dialogs.warnings == 1; }, 30000));
}
