#pragma once
// First run on a new till: create the store (name, codes, currency, recovery passphrase, admin
// PIN), or open the demo store to look around.

#include "store/Store.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace patron::ui {

struct NewStoreRequest {
    StoreIdentity identity;
    QByteArray passphrase;
    QString adminPin;
};

class FirstRunPage : public QWidget {
    Q_OBJECT
public:
    explicit FirstRunPage(QWidget* parent = nullptr);
    void showError(const QString& message);
    void reset();

signals:
    void createRequested(const patron::ui::NewStoreRequest& request);
    void demoRequested();

private:
    void submit();
    QLineEdit* m_name;
    QLineEdit* m_storeCode;
    QLineEdit* m_tillCode;
    QComboBox* m_currency;
    QLineEdit* m_pass1;
    QLineEdit* m_pass2;
    QLineEdit* m_pin;
    QLabel* m_error;
    QPushButton* m_create;
};

} // namespace patron::ui
