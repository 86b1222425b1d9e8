#include "TempStore.h"
#include "TestEnv.h"

using namespace patron;
using namespace patron::test;

namespace {
qint64 auditCount(TempStore& t, const char* action)
{
    return t.db().queryInt64("SELECT count(*) FROM audit_log WHERE action = ?", action).value_or(-1);
}
} // namespace

TEST_CASE("PINs sign users in; wrong PINs do not", "[auth]")
{
    TempStore t;
    REQUIRE_OK(t.users().add(t.admin(), QStringLiteral("li.na"), QStringLiteral("李娜"), QStringLiteral("cashier"), QStringLiteral("4321")));
    auto ok = t.users().authenticate(QStringLiteral("li.na"), QStringLiteral("4321"));
    REQUIRE_OK(ok);
    CHECK(ok->role == QStringLiteral("cashier"));
    CHECK(ok->userName == QStringLiteral("li.na"));
    // Full-width digits typed through a Chinese IME are the same PIN.
    REQUIRE_OK(t.users().authenticate(QStringLiteral("li.na"), QStringLiteral("４３２１")));
    CHECK(t.users().authenticate(QStringLiteral("li.na"), QStringLiteral("4322")).code() == ErrorCode::AuthFailed);
    // An unknown user gets the same answer as a wrong PIN.
    auto unknown = t.users().authenticate(QStringLiteral("nobody"), QStringLiteral("4321"));
    CHECK(unknown.code() == ErrorCode::AuthFailed);
    CHECK(auditCount(t, "login.ok") >= 3);
    CHECK(auditCount(t, "login.failed") == 2);
    // The stored hash is Argon2id, never the PIN.
    const QString hash = t.db().queryText("SELECT pin_hash FROM users WHERE name = 'li.na'").value_or(QString());
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash.contains(QStringLiteral("4321")));
}

TEST_CASE("Bad user input is refused with a clear message", "[auth]")
{
    TempStore t;
    CHECK(t.users().add(t.admin(), QStringLiteral("bob"), {}, QStringLiteral("cashier"), QStringLiteral("12")).code() == ErrorCode::InvalidInput);
    CHECK(t.users().add(t.admin(), QStringLiteral("bob"), {}, QStringLiteral("cashier"), QStringLiteral("12ab")).code() == ErrorCode::InvalidInput);
    CHECK(t.users().add(t.admin(), QStringLiteral("bob"), {}, QStringLiteral("boss"), QStringLiteral("1234")).code() == ErrorCode::InvalidInput);
    CHECK(t.users().add(t.admin(), QStringLiteral("has space"), {}, QStringLiteral("cashier"), QStringLiteral("1234")).code() == ErrorCode::InvalidInput);
    REQUIRE_OK(t.users().add(t.admin(), QStringLiteral("bob"), {}, QStringLiteral("cashier"), QStringLiteral("1234")));
    CHECK(t.users().add(t.admin(), QStringLiteral("BOB"), {}, QStringLiteral("cashier"), QStringLiteral("1234")).code() == ErrorCode::AlreadyExists);
    CHECK(t.users().bootstrapAdmin(QStringLiteral("root"), QStringLiteral("9999")).code() == ErrorCode::Refused);
}

TEST_CASE("Failed logins back off, then lock the user until a manager resets the PIN", "[auth]")
{
    TempStore t;
    REQUIRE_OK(t.users().add(t.admin(), QStringLiteral("wang"), {}, QStringLiteral("cashier"), QStringLiteral("1111")));
    const QString wang = QStringLiteral("wang");
    // An empty PIN (a stray Enter) is not an attempt: nothing counted, nothing audited, for a
    // sign-in or a manager's override.
    CHECK(t.users().authenticate(wang, QString()).code() == ErrorCode::InvalidInput);
    CHECK(t.users().authenticate(wang, QStringLiteral("  ")).code() == ErrorCode::InvalidInput);
    CHECK(t.users().authorizeOverride(wang, QString(), perm::PriceOverride).code() == ErrorCode::InvalidInput);
    CHECK(t.users().find(wang)->failedAttempts == 0);
    CHECK(auditCount(t, "login.failed") == 0);
    // Two free failures.
    CHECK(t.users().authenticate(wang, QStringLiteral("0000")).code() == ErrorCode::AuthFailed);
    CHECK(t.users().authenticate(wang, QStringLiteral("0000")).code() == ErrorCode::AuthFailed);
    // Third failure: now a 1 s wait before the next try, even with the right PIN.
    CHECK(t.users().authenticate(wang, QStringLiteral("0000")).code() == ErrorCode::AuthFailed);
    auto waiting = t.users().authenticate(wang, QStringLiteral("1111"));
    CHECK(waiting.code() == ErrorCode::Locked);
    CHECK(waiting.message().contains(QStringLiteral("1")));
    t.clock().advanceMs(1001);
    // Fourth failure: 2 s.
    CHECK(t.users().authenticate(wang, QStringLiteral("0000")).code() == ErrorCode::AuthFailed);
    t.clock().advanceMs(1500);
    CHECK(t.users().authenticate(wang, QStringLiteral("1111")).code() == ErrorCode::Locked);
    t.clock().advanceMs(600);
    // Fifth failure locks.
    auto locked = t.users().authenticate(wang, QStringLiteral("0000"));
    CHECK(locked.code() == ErrorCode::Locked);
    t.clock().advanceDays(2);
    CHECK(t.users().authenticate(wang, QStringLiteral("1111")).code() == ErrorCode::Locked);  // time does not unlock
    CHECK(auditCount(t, "login.locked") == 1);
    CHECK(t.users().find(wang)->locked);

    // A cashier cannot reset someone else's PIN; the admin can, which unlocks.
    auto cashier = t.users().add(t.admin(), QStringLiteral("zhao"), {}, QStringLiteral("cashier"), QStringLiteral("2222"));
    REQUIRE_OK(cashier);
    auto zhao = t.users().authenticate(QStringLiteral("zhao"), QStringLiteral("2222"));
    REQUIRE_OK(zhao);
    CHECK(t.users().setPin(*zhao, wang, QStringLiteral("3333")).code() == ErrorCode::PermissionDenied);
    REQUIRE_OK(t.users().setPin(t.admin(), wang, QStringLiteral("3333")));
    REQUIRE_OK(t.users().authenticate(wang, QStringLiteral("3333")));
    // A success resets the counter.
    CHECK(t.users().find(wang)->failedAttempts == 0);
}

TEST_CASE("Roles carry their permissions; a manager override is checked and audited", "[auth]")
{
    TempStore t;
    for (auto [name, role] : {std::pair{"c1", "cashier"}, std::pair{"s1", "supervisor"}, std::pair{"m1", "manager"}})
        REQUIRE_OK(t.users().add(t.admin(), QString::fromLatin1(name), {}, QString::fromLatin1(role), QStringLiteral("5678")));
    auto c = t.users().authenticate(QStringLiteral("c1"), QStringLiteral("5678"));
    auto s = t.users().authenticate(QStringLiteral("s1"), QStringLiteral("5678"));
    auto m = t.users().authenticate(QStringLiteral("m1"), QStringLiteral("5678"));
    REQUIRE(c.ok());
    REQUIRE(s.ok());
    REQUIRE(m.ok());
    CHECK(c->can(perm::SaleCreate));
    CHECK_FALSE(c->can(perm::PriceOverride));
    CHECK_FALSE(c->can(perm::Refund));
    CHECK_FALSE(c->can(perm::DrawerNoSale));
    CHECK(s->can(perm::PriceOverride));
    CHECK(s->can(perm::Refund));
    CHECK(s->can(perm::DrawerNoSale));
    CHECK_FALSE(s->can(perm::PointsAdjust));
    CHECK(m->can(perm::PointsAdjust));
    CHECK(m->can(perm::RulesEdit));
    CHECK_FALSE(m->can(perm::UsersManage));
    CHECK(t.admin().can(perm::UsersManage));
    // A cashier may not add users.
    CHECK(t.users().add(*c, QStringLiteral("x1"), {}, QStringLiteral("cashier"), QStringLiteral("1234")).code() == ErrorCode::PermissionDenied);

    // Permissions come from the table, so a manager can change the matrix.
    {
        Transaction tx(t.db());
        t.db().execute("DELETE FROM role_permissions WHERE role = 'supervisor' AND permission = 'drawer.nosale'");
        tx.commit();
    }
    CHECK_FALSE(t.users().authenticate(QStringLiteral("s1"), QStringLiteral("5678"))->can(perm::DrawerNoSale));

    // Override: the supervisor authorises a price override for the cashier; a cashier cannot.
    REQUIRE_OK(t.users().authorizeOverride(QStringLiteral("s1"), QStringLiteral("5678"), perm::PriceOverride));
    CHECK(t.users().authorizeOverride(QStringLiteral("c1"), QStringLiteral("5678"), perm::PriceOverride).code() == ErrorCode::PermissionDenied);
    CHECK(t.db().queryInt64("SELECT count(*) FROM audit_log WHERE action = 'override' AND user_name = 's1' AND subject = 'price.override'") == 1);
}

TEST_CASE("Disabling users; the last administrator stays", "[auth]")
{
    TempStore t;
    REQUIRE_OK(t.users().add(t.admin(), QStringLiteral("temp"), {}, QStringLiteral("cashier"), QStringLiteral("1234")));
    REQUIRE_OK(t.users().setDisabled(t.admin(), QStringLiteral("temp"), true));
    CHECK(t.users().authenticate(QStringLiteral("temp"), QStringLiteral("1234")).code() == ErrorCode::Locked);
    REQUIRE_OK(t.users().setDisabled(t.admin(), QStringLiteral("temp"), false));
    REQUIRE_OK(t.users().authenticate(QStringLiteral("temp"), QStringLiteral("1234")));
    CHECK(t.users().setDisabled(t.admin(), QStringLiteral("admin"), true).code() == ErrorCode::Refused);
    REQUIRE_OK(t.users().add(t.admin(), QStringLiteral("admin2"), {}, QStringLiteral("admin"), QStringLiteral("1234")));
    auto a2 = t.users().authenticate(QStringLiteral("admin2"), QStringLiteral("1234"));
    REQUIRE_OK(a2);
    REQUIRE_OK(t.users().setDisabled(*a2, QStringLiteral("admin"), true));
    CHECK(t.users().setDisabled(*a2, QStringLiteral("admin2"), true).code() == ErrorCode::Refused);
}

TEST_CASE("A user's role changes after creation, within the actor's own rank, audited", "[auth][roles]")
{
    TempStore t;
    REQUIRE_OK(t.users().add(t.admin(), QStringLiteral("wang"), {}, QStringLiteral("cashier"), QStringLiteral("1111")));
    REQUIRE_OK(t.users().add(t.admin(), QStringLiteral("zhao"), {}, QStringLiteral("manager"), QStringLiteral("2222")));

    auto promoted = t.users().setRole(t.admin(), QStringLiteral("wang"), QStringLiteral("supervisor"));
    REQUIRE_OK(promoted);
    CHECK(promoted->role == QStringLiteral("supervisor"));
    CHECK(t.db().queryText("SELECT role FROM users WHERE name = 'wang'").value_or(QString()) == QStringLiteral("supervisor"));
    // The next sign-in carries the new role's permissions.
    auto wang = t.users().authenticate(QStringLiteral("wang"), QStringLiteral("1111"));
    REQUIRE_OK(wang);
    CHECK(wang->can(perm::ShiftManage) == defaultPermissions(Role::Supervisor).contains(perm::ShiftManage));
    CHECK(wang->role == QStringLiteral("supervisor"));
    CHECK(t.db().queryText("SELECT details FROM audit_log WHERE action = 'user.role'").value_or(QString()).contains(
        QStringLiteral("cashier")));
    CHECK(t.db().queryInt64("SELECT count(*) FROM outbox WHERE type = 'user.changed' AND payload LIKE '%supervisor%'")
              .value_or(0)
          == 1);

    // The shop lets its managers manage users (not a default: the matrix is editable).
    t.db().execute("INSERT INTO role_permissions(role, permission) VALUES ('manager', ?)", perm::UsersManage);
    auto zhao = t.users().authenticate(QStringLiteral("zhao"), QStringLiteral("2222"));
    REQUIRE_OK(zhao);
    // A manager may give roles up to manager, not administrator, and may not touch an administrator.
    REQUIRE_OK(t.users().setRole(*zhao, QStringLiteral("wang"), QStringLiteral("manager")));
    auto tooHigh = t.users().setRole(*zhao, QStringLiteral("wang"), QStringLiteral("admin"));
    CHECK(tooHigh.code() == ErrorCode::PermissionDenied);
    CHECK(tooHigh.message().contains(QStringLiteral("above their own role")));
    CHECK(t.users().setRole(*zhao, t.admin().userName, QStringLiteral("cashier")).code() == ErrorCode::PermissionDenied);
    // Creating a user above one's own role is refused the same way.
    CHECK(t.users().add(*zhao, QStringLiteral("boss"), {}, QStringLiteral("admin"), QStringLiteral("3333")).code()
          == ErrorCode::PermissionDenied);
    // A cashier has no users.manage at all.
    REQUIRE_OK(t.users().add(t.admin(), QStringLiteral("li"), {}, QStringLiteral("cashier"), QStringLiteral("4444")));
    auto li = t.users().authenticate(QStringLiteral("li"), QStringLiteral("4444"));
    REQUIRE_OK(li);
    CHECK(t.users().setRole(*li, QStringLiteral("li"), QStringLiteral("cashier")).code() == ErrorCode::PermissionDenied);

    // Bad input: unknown role, unknown user; nothing changes, nothing audited.
    const qint64 audited = auditCount(t, "user.role");
    CHECK(t.users().setRole(t.admin(), QStringLiteral("wang"), QStringLiteral("boss")).code() == ErrorCode::InvalidInput);
    CHECK(t.users().setRole(t.admin(), QStringLiteral("nobody"), QStringLiteral("cashier")).code() == ErrorCode::NotFound);
    // The same role again is no change and no audit record.
    REQUIRE_OK(t.users().setRole(t.admin(), QStringLiteral("wang"), QStringLiteral("manager")));
    CHECK(auditCount(t, "user.role") == audited);
}

TEST_CASE("The last active administrator can be neither demoted nor disabled", "[auth][roles]")
{
    TempStore t;
    const QString self = t.admin().userName;
    auto refused = t.users().setRole(t.admin(), self, QStringLiteral("manager"));
    CHECK(refused.code() == ErrorCode::Refused);
    CHECK(refused.message().contains(QStringLiteral("last active administrator")));
    CHECK(t.db().queryText("SELECT role FROM users WHERE name = ?", self).value_or(QString()) == QStringLiteral("admin"));

    // A disabled second administrator does not count; an active one does.
    REQUIRE_OK(t.users().add(t.admin(), QStringLiteral("root2"), {}, QStringLiteral("admin"), QStringLiteral("5555")));
    REQUIRE_OK(t.users().setDisabled(t.admin(), QStringLiteral("root2"), true));
    CHECK(t.users().setRole(t.admin(), self, QStringLiteral("manager")).code() == ErrorCode::Refused);
    REQUIRE_OK(t.users().setDisabled(t.admin(), QStringLiteral("root2"), false));
    REQUIRE_OK(t.users().setRole(t.admin(), self, QStringLiteral("manager")));
    // root2 is now the last one.
    auto root2 = t.users().authenticate(QStringLiteral("root2"), QStringLiteral("5555"));
    REQUIRE_OK(root2);
    CHECK(t.users().setDisabled(*root2, QStringLiteral("root2"), true).code() == ErrorCode::Refused);
    CHECK(t.users().setRole(*root2, QStringLiteral("root2"), QStringLiteral("cashier")).code() == ErrorCode::Refused);
}
