#pragma once

#include "formatregistry.h"
#include "inputerror.h"
#include "report.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace nianbao {

/// The report exchange file (docs/exchange-format.md):
/// {"format", "organisation", "year", "status", "meta": {...}, "cells": {key: value}, "texts": {id: text}}.
/// Counts are JSON integers, money a decimal string of 万元 ("24252.311082").
class ReportJson
{
    Q_DECLARE_TR_FUNCTIONS(ReportJson)

public:
    /// Largest magnitude a cell may hold, in the cell's own unit (件, 万元).
    static constexpr qint64 ValueLimit = 1000000000000LL;
    static constexpr int FirstYear = 2008;
    static constexpr int LastYear = 2100;

    /// Reads an exchange file. Every problem found is listed; on any error `report` is untouched.
    static InputErrors read(const QByteArray &json, const FormatRegistry &registry, Report *report);
    static InputErrors fromJson(const QJsonObject &object, const FormatRegistry &registry, Report *report);

    /// Entered cells, every total (as computed), metadata and texts; keys sorted.
    static QByteArray write(const Report &report);
    static QJsonObject toJson(const Report &report);

    /// The member names of "meta", in the order a published page shows them.
    static const QStringList &metaFields();
    /// One metadata field by its member name (one of metaFields()), as the file writes it;
    /// empty for an unknown name.
    static QString metaValue(const ReportMeta &meta, const QString &field);
};

} // namespace nianbao
