// The users page's role control: promote, refuse above one's own role, keep the last admin.

#include "BackOfficeFixture.h"

#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>

using namespace patron;
using namespace patron::test;
using namespace patron::ui;

namespace {

QWidget* usersPage(BackOffice& bo)
{
    bo.open();
    REQUIRE(bo.window->showPage(QStringLiteral("usersPage")));
    return bo.window->currentPage();
}

void select(BackOffice& bo, QWidget* page, const QString& name)
{
    auto* users = bo.find<QTableWidget>(page, "users");
    for (int r = 0; r < users->rowCount(); ++r)
        if (users->item(r, 0)->text() == name) {
            users->setCurrentCell(r, 0);
            return;
        }
    FAIL("no such user in the table");
}

void changeRoleTo(BackOffice& bo, QWidget* page, const char* role)
{
    auto* combo = bo.find<QComboBox>(page, "role");
    combo->setCurrentIndex(combo->findData(QString::fromLatin1(role)));
    QTest::mouseClick(bo.find<QPushButton>(page, "changeRole"), Qt::LeftButton);
}

QString roleOf(BackOffice& bo, const char* name)
{
    return bo.db().queryText("SELECT role FROM users WHERE name = ?", QString::fromLatin1(name)).value_or(QString());
}

} // namespace

TEST_CASE("Users page: the role control promotes a user, audited", "[ui][backoffice][roles]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    REQUIRE(bo.session->users().add(*bo.session->user(), QStringLiteral("bob"), {}, QStringLiteral("cashier"),
                                    QStringLiteral("1357")).ok());
    QWidget* page = usersPage(bo);
    select(bo, page, QStringLiteral("bob"));
    // The combo follows the selected user.
    CHECK(bo.find<QComboBox>(page, "role")->currentData().toString() == QStringLiteral("cashier"));
    changeRoleTo(bo, page, "supervisor");
    CHECK(roleOf(bo, "bob") == QStringLiteral("supervisor"));
    CHECK(bo.dialogs.warnings == 0);
    CHECK(bo.dialogs.last.contains(QStringLiteral("bob is now Supervisor")));
    CHECK(bo.db().queryInt64("SELECT count(*) FROM audit_log WHERE action = 'user.role' AND subject = 'bob'").value_or(0) == 1);
    // The table shows the new role.
    auto* users = bo.find<QTableWidget>(page, "users");
    bool shown = false;
    for (int r = 0; r < users->rowCount(); ++r)
        shown = shown || (users->item(r, 0)->text() == u"bob" && users->item(r, 2)->text() == u"Supervisor");
    CHECK(shown);

    // Without a selection: a clear message, nothing changes.
    users->setCurrentCell(-1, -1);
    QTest::mouseClick(bo.find<QPushButton>(page, "changeRole"), Qt::LeftButton);
    CHECK(bo.dialogs.last.contains(QStringLiteral("Choose a user first")));
}

TEST_CASE("Users page: the last administrator stays one; a manager cannot make administrators", "[ui][backoffice][roles]")
{
    useLanguage(QStringLiteral("en"));
    BackOffice bo;
    REQUIRE(bo.session->users().add(*bo.session->user(), QStringLiteral("zhao"), {}, QStringLiteral("manager"),
                                    QStringLiteral("2468")).ok());
    REQUIRE(bo.session->users().add(*bo.session->user(), QStringLiteral("li"), {}, QStringLiteral("cashier"),
                                    QStringLiteral("1357")).ok());
    {
        QWidget* page = usersPage(bo);
        select(bo, page, QStringLiteral("admin"));
        changeRoleTo(bo, page, "manager");
        CHECK(bo.dialogs.warnings == 1);
        CHECK(bo.dialogs.last.contains(QStringLiteral("last active administrator")));
        CHECK(roleOf(bo, "admin") == QStringLiteral("admin"));
        // The combo went back to the role the user still has.
        CHECK(bo.find<QComboBox>(page, "role")->currentData().toString() == QStringLiteral("admin"));
    }
    bo.window.reset();
    // The shop lets its managers manage users (not a default: the matrix is editable).
    bo.db().execute("INSERT INTO role_permissions(role, permission) VALUES ('manager', ?)", perm::UsersManage);
    bo.signIn(QStringLiteral("zhao"), QStringLiteral("2468"));
    QWidget* page = usersPage(bo);
    select(bo, page, QStringLiteral("li"));
    changeRoleTo(bo, page, "admin");
    CHECK(bo.dialogs.last.contains(QStringLiteral("above their own role")));
    CHECK(roleOf(bo, "li") == QStringLiteral("cashier"));
    changeRoleTo(bo, page, "manager");
    CHECK(roleOf(bo, "li") == QStringLiteral("manager"));
}
