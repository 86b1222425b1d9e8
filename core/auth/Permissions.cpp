#include "auth/Permissions.h"

#include <QCoreApplication>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct PermissionsTr {
    Q_DECLARE_TR_FUNCTIONS(patron::Permissions)
};

QString roleName(Role role)
{
    switch (role) {
    case Role::Cashier: return QStringLiteral("cashier");
    case Role::Supervisor: return QStringLiteral("supervisor");
    case Role::Manager: return QStringLiteral("manager");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

bool parseRole(const QString& name, Role* role)
{
    for (Role r : {Role::Cashier, Role::Supervisor, Role::Manager, Role::Admin})
        if (roleName(r) == name.trimmed().toLower()) {
            *role = r;
            return true;
        }
    return false;
}

QString roleDisplayName(const QString& role)
{
    if (role == u"cashier") return PermissionsTr::tr("Cashier");
    if (role == u"supervisor") return PermissionsTr::tr("Supervisor");
    if (role == u"manager") return PermissionsTr::tr("Manager");
    if (role == u"admin") return PermissionsTr::tr("Administrator");
    return role;
}

QStringList allPermissions()
{
    using namespace perm;
    return {SaleCreate, SaleVoid, PriceOverride, DiscountOverride, Refund, RefundNoReceipt,
            DrawerNoSale, ShiftManage, MemberEdit, MemberErase, PointsAdjust, WalletAdjust,
            CatalogEdit, RulesEdit, ReportsView, BackupRun, SettingsEdit, UsersManage, AuditView};
}

QSet<QString> defaultPermissions(Role role)
{
    using namespace perm;
    QSet<QString> p{SaleCreate, ShiftManage};
    if (role == Role::Cashier)
        return p;
    p += {SaleVoid, PriceOverride, DiscountOverride, Refund, DrawerNoSale, MemberEdit};
    if (role == Role::Supervisor)
        return p;
    p += {RefundNoReceipt, MemberErase, PointsAdjust, WalletAdjust, CatalogEdit, RulesEdit, ReportsView,
          BackupRun, AuditView};
    if (role == Role::Manager)
        return p;
    p += {SettingsEdit, UsersManage};
    return p;
}

QString permissionDisplayName(const QString& p)
{
    using namespace perm;
    if (p == SaleCreate) return PermissionsTr::tr("Sell");
    if (p == SaleVoid) return PermissionsTr::tr("Void a sale or line");
    if (p == PriceOverride) return PermissionsTr::tr("Override a price");
    if (p == DiscountOverride) return PermissionsTr::tr("Give a discount over the limit");
    if (p == Refund) return PermissionsTr::tr("Refund with a receipt");
    if (p == RefundNoReceipt) return PermissionsTr::tr("Refund without a receipt");
    if (p == DrawerNoSale) return PermissionsTr::tr("Open the drawer without a sale");
    if (p == ShiftManage) return PermissionsTr::tr("Open and close shifts");
    if (p == MemberEdit) return PermissionsTr::tr("Edit members");
    if (p == MemberErase) return PermissionsTr::tr("Erase a member's personal data");
    if (p == PointsAdjust) return PermissionsTr::tr("Adjust points");
    if (p == WalletAdjust) return PermissionsTr::tr("Adjust stored value");
    if (p == CatalogEdit) return PermissionsTr::tr("Edit the catalog");
    if (p == RulesEdit) return PermissionsTr::tr("Edit loyalty rules");
    if (p == ReportsView) return PermissionsTr::tr("View reports");
    if (p == BackupRun) return PermissionsTr::tr("Back up and restore");
    if (p == SettingsEdit) return PermissionsTr::tr("Change settings");
    if (p == UsersManage) return PermissionsTr::tr("Manage users");
    if (p == AuditView) return PermissionsTr::tr("View the audit log");
    return p;
}

} // namespace patron
