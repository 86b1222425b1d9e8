#pragma once
// StoreDetailsSettingsPage: the store's name, address, phone and tax id, with the store and till
// codes shown read-only (they identify the till to head office and in receipt numbers).

#include "backoffice/StoreDetailsSettings.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace patron::ui {

class Dialogs;

class StoreDetailsSettingsPage : public QWidget {
    Q_OBJECT
public:
    // `joined`: the till is joined to head office, which owns the store's name.
    StoreDetailsSettingsPage(Store& store, StoreSettings& settings, AuditLog& audit, Session actor, bool joined,
                             Dialogs& dialogs, QWidget* parent = nullptr);
    bool save();

private:
    StoreDetailsSettings m_details;
    Session m_actor;
    bool m_joined;
    Dialogs& m_dialogs;
    QLineEdit* m_name;
    QLineEdit* m_address;
    QLineEdit* m_phone;
    QLineEdit* m_taxId;
    QLabel* m_error;
};

} // namespace patron::ui
