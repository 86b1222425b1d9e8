#include "auth/Permissions.h"

#include <QCoreApplication>

namespace patron {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(patron::Permissions)
};
} // namespace

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
    if (role == u"cashier") return Tr::tr("Cashier");
    if (role == u"supervisor") return Tr::tr("Supervisor");
    if (role == u"manager") return Tr::tr("Manager");
    if (role == u"admin") return Tr::tr("Administrator");
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
    if (p == SaleCreate) return Tr::tr("Sell");
    if (p == SaleVoid) return Tr::tr("Void a sale or line");
    if (p == PriceOverride) return Tr::tr("Override a price");
    if (p == DiscountOverride) return Tr::tr("Give a discount over the limit");
    if (p == Refund) return Tr::tr("Refund with a receipt");
    if (p == RefundNoReceipt) return Tr::tr("Refund without a receipt");
    if (p == DrawerNoSale) return Tr::tr("Open the drawer without a sale");
    if (p == ShiftManage) return Tr::tr("Open and close shifts");
    if (p == MemberEdit) return Tr::tr("Edit members");
    if (p == MemberErase) return Tr::tr("Erase a member's personal data");
    if (p == PointsAdjust) return Tr::tr("Adjust points");
    if (p == WalletAdjust) return Tr::tr("Adjust stored value");
    if (p == CatalogEdit) return Tr::tr("Edit the catalog");
    if (p == RulesEdit) return Tr::tr("Edit loyalty rules");
    if (p == ReportsView) return Tr::tr("View reports");
    if (p == BackupRun) return Tr::tr("Back up and restore");
    if (p == SettingsEdit) return Tr::tr("Change settings");
    if (p == UsersManage) return Tr::tr("Manage users");
    if (p == AuditView) return Tr::tr("View the audit log");
    return p;
}

} // namespace patron
