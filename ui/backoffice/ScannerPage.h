#pragma once
// ScannerPage: this till's barcode scanner settings (how fast a burst must be to count as a
// scan, the prefix/suffix the scanner sends, a serial scanner's port and baud) and the store's
// member-card rules, kept in the till's INI. A test field shows what the till would make of a
// scan with the settings on screen: scan or typing, and where it would go.

#include "till/ScannerConfig.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace patron {
class TillSettings;
}

namespace patron::ui {

class Dialogs;
class ScannerTestField;

class ScannerPage : public QWidget {
    Q_OBJECT
public:
    ScannerPage(TillSettings& till, Dialogs& dialogs, QWidget* parent = nullptr);

    // The settings on screen, validated; InvalidInput (translated) names the field at fault.
    Result<ScannerConfig> config() const;
    void save();
    ScannerTestField* testField() const { return m_test; }
    QString testResult() const;
    // What the till would do with `code` under the rules on screen (for the test field).
    QString describeRoute(const QString& code) const;

private:
    void showConfig(const ScannerConfig& config);
    void applyToTest();
    void onRecognised(bool scan, const QString& text);

    TillSettings& m_till;
    Dialogs& m_dialogs;

    QSpinBox* m_minLength;
    QSpinBox* m_averageGap;
    QSpinBox* m_maxGap;
    QLineEdit* m_prefix;
    QLineEdit* m_suffix;
    QLineEdit* m_cardPrefixes;
    QSpinBox* m_cardLength;
    QLineEdit* m_qrPrefix;
    QComboBox* m_port;
    QComboBox* m_baud;
    ScannerTestField* m_test;
    QLabel* m_result;
};

} // namespace patron::ui
