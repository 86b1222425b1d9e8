#pragma once
// StoreDetailsSettings: the store's name, address, phone and tax id as one settings action.
// Address and phone are the receipt header's (ReceiptBranding's receipt/address and
// receipt/phone keys), so the receipt prints what is entered here; the name is the store's
// identity, which head office owns once the till is joined.

#include "auth/UserService.h"
#include "common/Result.h"

#include <QString>

namespace patron {
class AuditLog;
class Store;
class StoreSettings;
}

namespace patron::ui {

struct StoreDetails {
    QString name;
    QString address;
    QString phone;
    QString taxId;  // 纳税人识别号
};

class StoreDetailsSettings {
public:
    StoreDetailsSettings(Store& store, StoreSettings& settings, AuditLog& audit)
        : m_store(store), m_settings(settings), m_audit(audit) {}

    StoreDetails load() const;
    // One transaction with an audit record; `joined` keeps the name as head office has it.
    Result<void> save(const Session& actor, const StoreDetails& details, bool joined);

private:
    Store& m_store;
    StoreSettings& m_settings;
    AuditLog& m_audit;
};

} // namespace patron::ui
