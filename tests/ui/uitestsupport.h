#pragma once

#include "mainwindow.h"
#include "reportstore.h"
#include "testsupport.h"

#include <QApplication>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace nianbao::test {

/// A database file in a temporary folder holding the fixture reports, and a main window on it.
struct EditorFixture
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<MainWindow> window;

    explicit EditorFixture(const QStringList &fixtures = {QStringLiteral("report-2020.json"), QStringLiteral("report-2021.json")})
    {
        QStandardPaths::setTestModeEnabled(true);
        path = dir.filePath(QStringLiteral("nianbao.sqlite"));
        StoreError error;
        std::unique_ptr<ReportStore> store = ReportStore::open(path, &error);
        if (!store)
            qFatal("cannot create %s: %s", qPrintable(path), qPrintable(error.message()));
        for (const QString &name : fixtures) {
            qint64 id = 0;
            if (!store->create(fixture(name), &id, &error))
                qFatal("cannot store %s: %s", qPrintable(name), qPrintable(error.message()));
        }
        store.reset();
        window = std::make_unique<MainWindow>();
        QString message;
        if (!window->openDatabase(path, &message))
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(message));
    }

    /// The report as the file holds it now, read through a separate connection.
    Report stored(const QString &organisation, int year) const
    {
        StoreError error;
        std::unique_ptr<ReportStore> store = ReportStore::open(path, &error);
        const std::optional<ReportSummary> summary = store->find(organisation, year);
        Report report;
        if (!summary || !store->load(summary->id, &report, &error))
            qFatal("the file has no report of %s for %d", qPrintable(organisation), year);
        return report;
    }
};

/// Types text as a Chinese input method delivers it: committed strings, not key codes.
inline void typeText(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

/// Types keys as a user does: each goes to whatever has the focus (the cell editor once the
/// first key opened it).
inline void typeKeys(QWidget *start, const QString &keys)
{
    start->setFocus();
    for (QChar key : keys)
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : start, key.toLatin1());
}

inline const QString kOrganisation = QStringLiteral("示例市示例区市场监督管理局");

} // namespace nianbao::test
