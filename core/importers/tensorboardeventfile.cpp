#include "tensorboardeventfile.h"

#include "tensorboard.pb.h"
#include "tfrecordreader.h"

#include <cmath>
#include <cstring>
#include <string>
#include <unordered_map>

namespace nereid {

namespace {

namespace tb = nereid::tensorboard;

constexpr int DtFloat = 1, DtDouble = 2;

QString text(const std::string &bytes)
{
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size())); // bad UTF-8 becomes U+FFFD
}

// A rank-0 (or single-element) float or double tensor's value; false for any other tensor.
bool scalarOf(const tb::TensorProto &t, double *value)
{
    if (t.tensor_shape().dim_size() > 0 && !(t.tensor_shape().dim_size() == 1 && t.tensor_shape().dim(0).size() == 1))
        return false;
    const std::string &content = t.tensor_content();
    if (t.dtype() == DtFloat) {
        float f = 0;
        if (t.float_val_size() == 1)
            f = t.float_val(0);
        else if (content.size() == sizeof f)
            std::memcpy(&f, content.data(), sizeof f); // little-endian, as every machine that writes them
        else
            return false;
        *value = double(f);
        return true;
    }
    if (t.dtype() == DtDouble) {
        if (t.double_val_size() == 1)
            *value = t.double_val(0);
        else if (content.size() == sizeof(double))
            std::memcpy(value, content.data(), sizeof(double));
        else
            return false;
        return true;
    }
    return false;
}

void readHparams(const std::string &content, TensorBoardEventFile *file)
{
    tb::HParamsPluginData data;
    if (!data.ParseFromString(content))
        return;
    file->hasHparams = true;
    if (data.has_session_end_info())
        file->sessionStatus = data.session_end_info().status();
    for (const tb::HParamEntry &entry : data.session_start_info().hparams()) {
        const tb::HParamValue &v = entry.value();
        QJsonValue value;
        if (v.kind_case() == tb::HParamValue::kNumberValue)
            value = std::isfinite(v.number_value()) ? QJsonValue(v.number_value())
                                                    : QJsonValue(QString::number(v.number_value()));
        else if (v.kind_case() == tb::HParamValue::kStringValue)
            value = text(v.string_value());
        else if (v.kind_case() == tb::HParamValue::kBoolValue)
            value = v.bool_value();
        else
            continue;
        file->hparams.insert(text(entry.key()), value);
    }
}

} // namespace

TensorBoardEventFile TensorBoardEventFile::decode(QByteArrayView bytes)
{
    TensorBoardEventFile file;
    // Scalars are most of a file: collect them by the tag's bytes, without a QString per event.
    std::unordered_map<std::string, QList<TbScalar>> scalars;
    TfRecordReader reader(bytes);
    tb::Event event;
    QByteArrayView record;
    while (reader.next(&record)) {
        if (!event.ParseFromArray(record.data(), int(record.size()))) {
            ++file.corruptRecords;
            continue;
        }
        ++file.records;
        if (file.records == 1 || event.wall_time() < file.firstWallTime)
            file.firstWallTime = event.wall_time();
        for (const tb::Summary::Value &v : event.summary().value()) {
            const std::string &plugin = v.metadata().plugin_data().plugin_name();
            double scalar = 0;
            if (plugin == "hparams") {
                readHparams(v.metadata().plugin_data().content(), &file);
            } else if (v.value_case() == tb::Summary::Value::kSimpleValue) {
                scalars[v.tag()].append({event.step(), event.wall_time(), double(v.simple_value())});
            } else if (v.value_case() == tb::Summary::Value::kTensor && scalarOf(v.tensor(), &scalar)) {
                scalars[v.tag()].append({event.step(), event.wall_time(), scalar});
            } else if (v.value_case() == tb::Summary::Value::kTensor && plugin == "text") {
                QStringList parts;
                for (const std::string &s : v.tensor().string_val())
                    parts.append(text(s));
                file.texts[text(v.tag())].append({event.step(), event.wall_time(), parts.join(QLatin1Char('\n'))});
            } else if (v.value_case() == tb::Summary::Value::kImage) {
                const std::string &png = v.image().encoded_image_string();
                file.images[text(v.tag())].append(
                    {event.step(), event.wall_time(), QByteArray(png.data(), qsizetype(png.size()))});
            } else if (v.value_case() == tb::Summary::Value::kTensor && plugin == "images" &&
                       v.tensor().string_val_size() > 2) {
                // [width, height, image, ...]: the first image of the step.
                const std::string &png = v.tensor().string_val(2);
                file.images[text(v.tag())].append(
                    {event.step(), event.wall_time(), QByteArray(png.data(), qsizetype(png.size()))});
            } else if (v.value_case() == tb::Summary::Value::kHisto || plugin == "histograms" ||
                       v.value_case() == tb::Summary::Value::kObsoleteOldStyleHistogram) {
                file.unmapped.insert(text(v.tag()), tr("a histogram: Nereid has no histogram type"));
            } else if (v.value_case() == tb::Summary::Value::kAudio || plugin == "audio") {
                file.unmapped.insert(text(v.tag()), tr("audio: Nereid has no audio type"));
            } else if (v.value_case() != tb::Summary::Value::VALUE_NOT_SET) {
                file.unmapped.insert(text(v.tag()), plugin.empty()
                                                        ? tr("a tensor that is no scalar")
                                                        : tr("data of the TensorBoard plugin %1").arg(text(plugin)));
            }
        }
    }
    file.corruptRecords += reader.corruptRecords();
    file.torn = reader.torn();
    for (auto &[tag, points] : scalars)
        file.scalars[text(tag)] = std::move(points); // QMap::insert would copy
    return file;
}

} // namespace nereid
