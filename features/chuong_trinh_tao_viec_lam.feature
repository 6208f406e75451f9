# language: vi
Tính năng: Cho vay hỗ trợ tạo việc làm (Nghị định 61/2015/NĐ-CP → Nghị định 74/2019/NĐ-CP → Nghị định 338/2025/NĐ-CP)
  Người lao động (vay qua hộ, theo các điều kiện chung khi vay vốn) và cơ sở sản xuất, kinh doanh (vay
  trực tiếp, không xét điều kiện của hộ vay) có dự án, phương án tạo việc làm được xác nhận. Văn
  bản tham chiếu nêu mức cho vay, thời hạn, lãi suất nhưng không nêu điều kiện vay, nên mọi quy tắc
  của chương trình mang dấu "căn cứ chưa xác minh".

  - đến 07/11/2019 (Nghị định 61/2015): người lao động 50 triệu đồng; cơ sở 50 triệu đồng mỗi chỗ làm
    việc, tối đa 1 tỷ đồng mỗi dự án; 60 tháng; lãi suất bằng lãi suất hộ nghèo (6,6%/năm), lãi suất
    ưu đãi chưa rõ;
  - 08/11/2019–31/12/2025 (Nghị định 74/2019): 100 triệu đồng; cơ sở 100 triệu đồng mỗi chỗ làm việc,
    tối đa 2 tỷ đồng; 120 tháng; lãi suất bằng lãi suất hộ cận nghèo (7,92%/năm), ưu đãi 50% (3,96%);
  - từ 01/01/2026 (Nghị định 338/2025): 200 triệu đồng; cơ sở 200 triệu đồng mỗi lao động được hỗ
    trợ, tối đa 10 tỷ đồng; 120 tháng; lãi suất 127% lãi suất hộ nghèo (8,382%/năm), ưu đãi bằng lãi
    suất hộ nghèo (6,6%/năm).
  Số tiền còn có thể vay = mức cho vay tối đa − dư nợ hiện tại trong chương trình (D8). Nợ quá hạn
  chịu 130% lãi suất cho vay.

  Bối cảnh:
    Cho hộ gia đình ở nông thôn, chủ hộ sinh ngày 15/03/1980
    Và hộ đáp ứng các điều kiện chung khi vay vốn
    Và có dự án, phương án tạo việc làm được xác nhận
    Và người vay không thuộc nhóm được hưởng lãi suất ưu đãi

  Quy tắc: Người lao động

    @rule:program.job_creation_worker.nd74_2019
    Kịch bản: Người lao động có phương án được xác nhận vay 100 triệu đồng, 120 tháng, 7,92%/năm (năm 2025)
      Khi xét chương trình "Cho vay hỗ trợ tạo việc làm — người lao động" ngày 14/12/2025
      Thì kết quả là "Đủ điều kiện"
      Và mức cho vay tối đa là 100.000.000 đồng
      Và số tiền còn có thể vay là 100.000.000 đồng
      Và thời hạn tối đa là 120 tháng
      Và lãi suất là 7,92%/năm
      Và lãi suất nợ quá hạn là 10,296%/năm
      Và lý do có câu "Người lao động có dự án, phương án tạo việc làm được xác nhận, dư nợ chưa đạt mức cho vay tối đa (NĐ 74/2019)" và "Nghị định 61/2015/NĐ-CP, sửa đổi bởi Nghị định 74/2019/NĐ-CP"
      Và lý do có câu "Có dự án, phương án tạo việc làm được xác nhận: có — đạt yêu cầu"
      Và lý do có câu "Dư nợ hiện tại trong chương trình 0 đồng thấp hơn mức cho vay tối đa đối với người lao động 100.000.000 đồng"
      Và giấy tờ cần chuẩn bị có "Dự án, phương án vay vốn tạo việc làm, duy trì và mở rộng việc làm được xác nhận"
      Và kết quả được đánh dấu "căn cứ chưa xác minh"
      Và căn cứ chưa xác minh gồm chính quy tắc cho vay

    @rule:program.job_creation_worker.nd61_2015 @rule:program.job_creation_worker.nd74_2019
    Kịch bản: Ngày 07/11/2019 theo Nghị định 61/2015, ngày 08/11/2019 theo Nghị định 74/2019
      Khi xét chương trình "Cho vay hỗ trợ tạo việc làm — người lao động" ngày 07/11/2019
      Thì kết quả là "Đủ điều kiện"
      Và mức cho vay tối đa là 50.000.000 đồng
      Và thời hạn tối đa là 60 tháng
      Và lãi suất là 6,6%/năm
      Và lý do có câu "(NĐ 61/2015)" và "Nghị định 61/2015/NĐ-CP"
      Khi xét chương trình "Cho vay hỗ trợ tạo việc làm — người lao động" ngày 08/11/2019
      Thì kết quả là "Đủ điều kiện"
      Và mức cho vay tối đa là 100.000.000 đồng
      Và thời hạn tối đa là 120 tháng
      Và lãi suất là 7,92%/năm
      Và lý do có câu "(NĐ 74/2019)" và "Nghị định 74/2019/NĐ-CP"

    @rule:program.job_creation_worker.nd74_2019 @rule:program.job_creation_worker.nd338_2025
    Kịch bản: Ngày 31/12/2025 theo Nghị định 74/2019, từ 01/01/2026 theo Nghị định 338/2025
      Cho hộ đang còn dư nợ chương trình tạo việc làm cho người lao động 100.000.000 đồng
      Khi xét chương trình "Cho vay hỗ trợ tạo việc làm — người lao động" ngày 31/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và không có số tiền còn có thể vay
      Và lý do có câu "Dư nợ hiện tại trong chương trình 100.000.000 đồng không thấp hơn mức cho vay tối đa đối với người lao động 100.000.000 đồng" và "Nghị định 74/2019/NĐ-CP"
      Khi xét chương trình "Cho vay hỗ trợ tạo việc làm — người lao động" ngày 01/01/2026
      Thì kết quả là "Đủ điều kiện"
      Và mức cho vay tối đa là 200.000.000 đồng
      Và số tiền còn có thể vay là 100.000.000 đồng
      Và lãi suất là 8,382%/năm
      Và lãi suất nợ quá hạn là 10,8966%/năm
      Và lý do có câu "(NĐ 338/2025)" và "Nghị định 338/2025/NĐ-CP"

    @rule:program.job_creation_worker.nd61_2015 @rule:program.job_creation_worker.nd74_2019 @rule:program.job_creation_worker.nd338_2025
    Kịch bản: Lãi suất ưu đãi theo từng nghị định
      Cho người vay thuộc nhóm được hưởng lãi suất ưu đãi
      Khi xét chương trình "Cho vay hỗ trợ tạo việc làm — người lao động" ngày 07/11/2019
      Thì kết quả là "Đủ điều kiện"
      Và lãi suất chưa rõ
      Và căn cứ chưa xác minh gồm giá trị "tỷ lệ lãi suất ưu đãi vay tạo việc làm / hộ nghèo"
      Khi xét chương trình "Cho vay hỗ trợ tạo việc làm — người lao động" ngày 14/12/2025
      Thì kết quả là "Đủ điều kiện"
      Và lãi suất là 3,96%/năm
      Và lãi suất nợ quá hạn là 5,148%/năm
      Khi xét chương trình "Cho vay hỗ trợ tạo việc làm — người lao động" ngày 01/01/2026
      Thì kết quả là "Đủ điều kiện"
      Và lãi suất là 6,6%/năm

    @rule:program.job_creation_worker.nd74_2019
    Kịch bản: Chưa rõ người vay có thuộc nhóm ưu đãi — đủ điều kiện, lãi suất chưa xác định
      Cho chưa rõ người vay có thuộc nhóm được hưởng lãi suất ưu đãi hay không
      Khi xét chương trình "Cho vay hỗ trợ tạo việc làm — người lao động" ngày 14/12/2025
      Thì kết quả là "Đủ điều kiện"
      Và lãi suất chưa rõ

    @rule:program.job_creation_worker.nd74_2019
    Khung kịch bản: Phương án tạo việc làm: <phương án> — <kết quả>
      Cho <phương án>
      Khi xét chương trình "Cho vay hỗ trợ tạo việc làm — người lao động" ngày 14/12/2025
      Thì kết quả là "<kết quả>"
      Và <lý do>

      Dữ liệu:
        | phương án                                                          | kết quả            | lý do                                                                               |
        | không có dự án, phương án tạo việc làm được xác nhận               | Không đủ điều kiện | lý do có câu "Có dự án, phương án tạo việc làm được xác nhận: không — không đạt yêu cầu" |
        | chưa rõ dự án, phương án tạo việc làm đã được xác nhận hay chưa    | Cần rà soát        | cần bổ sung dữ liệu "Có dự án, phương án tạo việc làm được xác nhận"                 |

    @rule:lending.representative_adult
    Kịch bản: Người đại diện hộ chưa đủ 18 tuổi — từ chối theo điều kiện chung
      Cho hộ gia đình ở nông thôn, chủ hộ sinh ngày 01/06/2008
      Khi xét chương trình "Cho vay hỗ trợ tạo việc làm — người lao động" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và lý do có câu "Tuổi của người đại diện vay 17 tuổi thấp hơn tuổi tối thiểu của người vay 18 tuổi"

  Quy tắc: Cơ sở sản xuất, kinh doanh

    @rule:program.job_creation_establishment.nd74_2019
    Kịch bản: Cơ sở tạo việc làm cho 3 lao động vay 300 triệu đồng (năm 2025)
      Cho cơ sở tạo việc làm, hỗ trợ cho 3 lao động
      Khi xét chương trình "Cho vay hỗ trợ tạo việc làm — cơ sở sản xuất, kinh doanh" ngày 14/12/2025
      Thì kết quả là "Đủ điều kiện"
      Và mức cho vay tối đa là 300.000.000 đồng
      Và số tiền còn có thể vay là 300.000.000 đồng
      Và thời hạn tối đa là 120 tháng
      Và lãi suất là 7,92%/năm
      Và lý do có câu "Cơ sở sản xuất, kinh doanh có dự án, phương án tạo việc làm được xác nhận, dư nợ chưa đạt mức cho vay tối đa (NĐ 74/2019)" và "Nghị định 74/2019/NĐ-CP"
      Và giấy tờ cần chuẩn bị có "Từ 08/11/2019: tài sản bảo đảm tiền vay khi cơ sở vay từ 100 triệu đồng trở lên"
      Và kết quả được đánh dấu "căn cứ chưa xác minh"
      Và căn cứ chưa xác minh gồm chính quy tắc cho vay

    @rule:program.job_creation_establishment.nd61_2015 @rule:program.job_creation_establishment.nd74_2019 @rule:program.job_creation_establishment.nd338_2025
    Kịch bản: Mức cho vay cơ sở theo từng nghị định — 3 lao động, rồi 100 lao động
      Cho cơ sở tạo việc làm, hỗ trợ cho 3 lao động
      Khi xét chương trình "Cho vay hỗ trợ tạo việc làm — cơ sở sản xuất, kinh doanh" ngày 07/11/2019
      Thì mức cho vay tối đa là 150.000.000 đồng
      Và thời hạn tối đa là 60 tháng
      Khi xét chương trình "Cho vay hỗ trợ tạo việc làm — cơ sở sản xuất, kinh doanh" ngày 08/11/2019
      Thì mức cho vay tối đa là 300.000.000 đồng
      Khi xét chương trình "Cho vay hỗ trợ tạo việc làm — cơ sở sản xuất, kinh doanh" ngày 01/01/2026
      Thì mức cho vay tối đa là 600.000.000 đồng
      Và lãi suất là 8,382%/năm
      Cho cơ sở tạo việc làm, hỗ trợ cho 100 lao động
      Khi xét chương trình "Cho vay hỗ trợ tạo việc làm — cơ sở sản xuất, kinh doanh" ngày 07/11/2019
      Thì mức cho vay tối đa là 1.000.000.000 đồng
      Khi xét chương trình "Cho vay hỗ trợ tạo việc làm — cơ sở sản xuất, kinh doanh" ngày 31/12/2025
      Thì mức cho vay tối đa là 2.000.000.000 đồng
      Khi xét chương trình "Cho vay hỗ trợ tạo việc làm — cơ sở sản xuất, kinh doanh" ngày 01/01/2026
      Thì mức cho vay tối đa là 10.000.000.000 đồng
      Và kết quả là "Đủ điều kiện"

    @rule:program.job_creation_establishment.nd338_2025
    Kịch bản: Cơ sở vay trực tiếp — không xét điều kiện của hộ vay (Tổ TK&VV, bình xét, người đại diện)
      Cho cơ sở tạo việc làm, hỗ trợ cho 3 lao động
      Và hộ không phải là thành viên Tổ Tiết kiệm và vay vốn
      Và hộ không được Tổ TK&VV bình xét cho vay
      Và người đại diện vay không có đủ năng lực hành vi dân sự
      Khi xét chương trình "Cho vay hỗ trợ tạo việc làm — cơ sở sản xuất, kinh doanh" ngày 14/01/2026
      Thì kết quả là "Đủ điều kiện"

    @rule:program.job_creation_establishment.nd338_2025
    Kịch bản: Cơ sở chưa có dự án được xác nhận — từ chối
      Cho cơ sở tạo việc làm, hỗ trợ cho 3 lao động
      Nhưng không có dự án, phương án tạo việc làm được xác nhận
      Khi xét chương trình "Cho vay hỗ trợ tạo việc làm — cơ sở sản xuất, kinh doanh" ngày 14/01/2026
      Thì kết quả là "Không đủ điều kiện"
      Và lý do có câu "Có dự án, phương án tạo việc làm được xác nhận: không — không đạt yêu cầu"

    @rule:program.job_creation_establishment.nd338_2025
    Kịch bản: Dư nợ đã bằng mức mỗi dự án 10 tỷ đồng — từ chối
      Cho cơ sở tạo việc làm, hỗ trợ cho 100 lao động
      Và hộ đang còn dư nợ chương trình tạo việc làm cho cơ sở 10.000.000.000 đồng
      Khi xét chương trình "Cho vay hỗ trợ tạo việc làm — cơ sở sản xuất, kinh doanh" ngày 14/01/2026
      Thì kết quả là "Không đủ điều kiện"
      Và lý do có câu "Dư nợ hiện tại trong chương trình 10.000.000.000 đồng không thấp hơn mức cho vay tối đa mỗi dự án của cơ sở 10.000.000.000 đồng"

    @rule:program.job_creation_establishment.nd338_2025
    Kịch bản: Cơ sở tạo việc làm cho 3 lao động đã vay đủ 600 triệu đồng — không được vay thêm
      Cho cơ sở tạo việc làm, hỗ trợ cho 3 lao động
      Và hộ đang còn dư nợ chương trình tạo việc làm cho cơ sở 600.000.000 đồng
      Khi xét chương trình "Cho vay hỗ trợ tạo việc làm — cơ sở sản xuất, kinh doanh" ngày 14/01/2026
      Thì kết quả là "Không đủ điều kiện"
      Và không có số tiền còn có thể vay
      Và lý do có câu "Dư nợ hiện tại bình quân trên mỗi lao động được tạo việc làm, hỗ trợ 200.000.000 đồng/người không thấp hơn mức cho vay tối đa trên mỗi lao động được tạo việc làm 200.000.000 đồng" và "Nghị định 338/2025/NĐ-CP"

    @rule:program.job_creation_establishment.nd338_2025
    Kịch bản: Chưa rõ số lao động được tạo việc làm — cần rà soát, không tự cho vay
      Khi xét chương trình "Cho vay hỗ trợ tạo việc làm — cơ sở sản xuất, kinh doanh" ngày 14/01/2026
      Thì kết quả là "Cần rà soát"
      Và mức cho vay tối đa chưa rõ
      Và cần bổ sung dữ liệu "Dự án có lao động được tạo việc làm, hỗ trợ"
