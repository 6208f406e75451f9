# language: vi
Tính năng: Cho vay người chấp hành xong án phạt tù và cơ sở sử dụng họ (Quyết định 22/2023/QĐ-TTg, hiệu lực 10/10/2023)
  Người chấp hành xong án phạt tù được vay (qua hộ gia đình, ủy thác qua tổ chức chính trị – xã hội)
  để học nghề hoặc để sản xuất, kinh doanh, tạo việc làm khi:
  - có giấy chứng nhận chấp hành xong án phạt tù hoặc giấy chứng nhận đặc xá;
  - có nhu cầu vay vốn;
  - có tên trong danh sách người chấp hành xong án phạt tù chấp hành tốt pháp luật do công an xã
    lập, được UBND xã xác nhận (mẫu 01);
  - vay trong 5 năm kể từ ngày chấp hành xong án (số năm tròn đã qua phải nhỏ hơn 5: đúng ngày kỷ
    niệm thứ 5 là đã quá hạn).
  Nếu hộ không có thành viên từ đủ 18 tuổi có đủ năng lực hành vi dân sự thì người đó trực tiếp vay,
  nên không xét người đại diện hộ; các điều kiện cư trú, Tổ TK&VV, bình xét vẫn áp dụng.
  Không cho vay khi còn dư nợ cùng mục đích ở chương trình khác của NHCSXH.

  Mức cho vay: học nghề tối đa 4.000.000 đồng/tháng; sản xuất, kinh doanh tối đa 100.000.000 đồng
  (trừ dư nợ, D8), thời hạn tối đa 120 tháng (chỉ từ nguồn thứ cấp — căn cứ chưa xác minh). Lãi suất
  bằng lãi suất hộ nghèo 6,6%/năm; nợ quá hạn 8,58%/năm.

  Cơ sở sản xuất, kinh doanh (doanh nghiệp nhỏ và vừa, hợp tác xã, tổ hợp tác, hộ kinh doanh) vay trực
  tiếp khi hoạt động hợp pháp, có từ 10% lao động là người chấp hành xong án phạt tù có hợp đồng lao
  động, và phương án vay được UBND xã nơi thực hiện xác nhận (mẫu 02). Mức cho vay tối đa
  100.000.000 đồng cho mỗi người chấp hành xong án phạt tù được sử dụng, không quá 2 tỷ đồng mỗi dự
  án (trừ dư nợ); khoản vay trên 100 triệu đồng phải có tài sản bảo đảm.

  Bối cảnh:
    Cho hộ gia đình ở nông thôn, chủ hộ sinh ngày 15/03/1980
    Và hộ đáp ứng các điều kiện chung khi vay vốn
    Và người chấp hành xong án phạt tù ngày 01/03/2022
    Và người đó có đủ giấy tờ và xác nhận: giấy chứng nhận chấp hành xong án phạt tù, tên trong danh sách của công an xã được UBND xã xác nhận (mẫu 01), nhu cầu vay vốn

  Quy tắc: Người chấp hành xong án phạt tù — học nghề

    @rule:program.post_prison_vocational.qd22_2023
    Kịch bản: Vay học nghề tối đa 4 triệu đồng mỗi tháng
      Khi xét chương trình "Cho vay người chấp hành xong án phạt tù — học nghề" ngày 14/12/2025
      Thì kết quả là "Đủ điều kiện"
      Và số tiền còn có thể vay là 4.000.000 đồng/tháng
      Và lãi suất là 6,6%/năm
      Và lãi suất nợ quá hạn là 8,58%/năm
      Và thời hạn tối đa chưa rõ
      Và lý do có câu "Người chấp hành xong án phạt tù có giấy chứng nhận, có tên trong danh sách công an xã được UBND xã xác nhận, vay trong 5 năm kể từ khi chấp hành xong án (học nghề)" và "Quyết định 22/2023/QĐ-TTg"
      Và lý do có câu "Có giấy chứng nhận chấp hành xong án phạt tù hoặc giấy chứng nhận đặc xá: có — đạt yêu cầu"
      Và lý do có câu "Số năm tròn kể từ ngày chấp hành xong án phạt tù 3 năm thấp hơn thời hạn được vay kể từ khi chấp hành xong án phạt tù 5 năm"
      Và giấy tờ cần chuẩn bị có "Giấy chứng nhận chấp hành xong án phạt tù (Luật Thi hành án hình sự) hoặc giấy chứng nhận đặc xá (Luật Đặc xá)"
      Và giấy tờ cần chuẩn bị có "do công an xã lập, được UBND xã xác nhận (mẫu 01)"
      Và kết quả được đánh dấu "căn cứ chưa xác minh"
      Và căn cứ chưa xác minh gồm giá trị "thời hạn cho vay học nghề tối đa"

    @rule:program.post_prison_vocational.same_purpose_exclusion
    Kịch bản: Còn dư nợ học nghề ở chương trình khác cùng mục đích — không vay học nghề
      Cho hộ đang còn dư nợ chương trình hộ nghèo 10.000.000 đồng, mục đích "học nghề may"
      Và hộ đề nghị vay 4.000.000 đồng, mục đích "học nghề may"
      Khi xét chương trình "Cho vay người chấp hành xong án phạt tù — học nghề" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và lý do có câu "Đang còn dư nợ cùng mục đích ở chương trình tín dụng khác của NHCSXH" và "loại trừ" và "Quyết định 22/2023/QĐ-TTg"

  Quy tắc: Người chấp hành xong án phạt tù — sản xuất, kinh doanh, tạo việc làm

    @rule:program.post_prison_production.qd22_2023
    Kịch bản: Còn dư nợ 30 triệu đồng, được vay thêm 70 triệu đồng
      Cho hộ đang còn dư nợ chương trình sản xuất, kinh doanh cho người chấp hành xong án phạt tù 30.000.000 đồng
      Khi xét chương trình "Cho vay người chấp hành xong án phạt tù — sản xuất, kinh doanh, tạo việc làm" ngày 14/12/2025
      Thì kết quả là "Đủ điều kiện"
      Và mức cho vay tối đa là 100.000.000 đồng
      Và số tiền còn có thể vay là 70.000.000 đồng
      Và thời hạn tối đa là 120 tháng
      Và lãi suất là 6,6%/năm
      Và lý do có câu "Dư nợ hiện tại trong chương trình 30.000.000 đồng thấp hơn mức cho vay sản xuất, kinh doanh tối đa 100.000.000 đồng" và "Quyết định 22/2023/QĐ-TTg"
      Và kết quả được đánh dấu "căn cứ chưa xác minh"
      Và căn cứ chưa xác minh gồm giá trị "thời hạn cho vay sản xuất, kinh doanh tối đa"

    @rule:program.post_prison_production.qd22_2023
    Khung kịch bản: Dư nợ <dư nợ> đồng so với mức tối đa 100.000.000 đồng: <kết quả>
      Cho hộ đang còn dư nợ chương trình sản xuất, kinh doanh cho người chấp hành xong án phạt tù <dư nợ> đồng
      Khi xét chương trình "Cho vay người chấp hành xong án phạt tù — sản xuất, kinh doanh, tạo việc làm" ngày 14/12/2025
      Thì kết quả là "<kết quả>"
      Và lý do có câu "Dư nợ hiện tại trong chương trình <dư nợ> đồng <so với> mức cho vay sản xuất, kinh doanh tối đa 100.000.000 đồng"

      Dữ liệu:
        | dư nợ       | kết quả            | so với         |
        | 99.999.999  | Đủ điều kiện       | thấp hơn       |
        | 100.000.000 | Không đủ điều kiện | không thấp hơn |

    @rule:program.post_prison_production.qd22_2023
    Khung kịch bản: Chấp hành xong án ngày 01/03/2022, xét ngày <ngày xét>: <số năm> năm tròn — <kết quả>
      Khi xét chương trình "Cho vay người chấp hành xong án phạt tù — sản xuất, kinh doanh, tạo việc làm" ngày <ngày xét>
      Thì kết quả là "<kết quả>"
      Và lý do có câu "Số năm tròn kể từ ngày chấp hành xong án phạt tù <số năm> năm <so với> thời hạn được vay kể từ khi chấp hành xong án phạt tù 5 năm"

      Dữ liệu:
        | ngày xét   | số năm | kết quả            | so với         |
        | 10/10/2023 | 1      | Đủ điều kiện       | thấp hơn       |
        | 28/02/2027 | 4      | Đủ điều kiện       | thấp hơn       |
        | 01/03/2027 | 5      | Không đủ điều kiện | không thấp hơn |

    @rule:program.post_prison_production.qd22_2023
    Kịch bản: Ngày chấp hành xong án sau ngày xét — chưa tính được thời hạn, cần rà soát
      Cho người chấp hành xong án phạt tù ngày 15/12/2025
      Khi xét chương trình "Cho vay người chấp hành xong án phạt tù — sản xuất, kinh doanh, tạo việc làm" ngày 14/12/2025
      Thì kết quả là "Cần rà soát"
      Và cần bổ sung dữ liệu "Số năm tròn kể từ ngày chấp hành xong án phạt tù"

    @rule:program.post_prison_production.qd22_2023
    Khung kịch bản: Điều kiện không đạt: <điều kiện>
      Cho <điều kiện>
      Khi xét chương trình "Cho vay người chấp hành xong án phạt tù — sản xuất, kinh doanh, tạo việc làm" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và lý do có câu "Người chấp hành xong án phạt tù có giấy chứng nhận" và "Quyết định 22/2023/QĐ-TTg"
      Và lý do có câu "<lý do>"

      Dữ liệu:
        | điều kiện                                                                        | lý do                                                                                                                        |
        | người đó không có giấy chứng nhận chấp hành xong án phạt tù hoặc giấy chứng nhận đặc xá | Có giấy chứng nhận chấp hành xong án phạt tù hoặc giấy chứng nhận đặc xá: không — không đạt yêu cầu                          |
        | người đó không có nhu cầu vay vốn                                                | Có nhu cầu vay vốn: không — không đạt yêu cầu                                                                                |
        | người đó không có tên trong danh sách của công an xã                             | Có tên trong danh sách người chấp hành xong án phạt tù chấp hành tốt pháp luật do công an xã lập: không — không đạt yêu cầu   |
        | danh sách của công an xã chưa được UBND xã xác nhận                              | Danh sách được UBND xã xác nhận (mẫu 01): không — không đạt yêu cầu                                                          |

    @rule:program.post_prison_production.qd22_2023
    Khung kịch bản: Chưa rõ: <điều kiện> — cần rà soát
      Cho <chưa rõ>
      Khi xét chương trình "Cho vay người chấp hành xong án phạt tù — sản xuất, kinh doanh, tạo việc làm" ngày 14/12/2025
      Thì kết quả là "Cần rà soát"
      Và cần bổ sung dữ liệu "<dữ liệu>"

      Dữ liệu:
        | điều kiện              | chưa rõ                                                                   | dữ liệu                                                                                         |
        | giấy chứng nhận        | chưa rõ người đó có giấy chứng nhận chấp hành xong án phạt tù hay không   | Có giấy chứng nhận chấp hành xong án phạt tù hoặc giấy chứng nhận đặc xá                        |
        | nhu cầu vay vốn        | chưa rõ người đó có nhu cầu vay vốn hay không                             | Có nhu cầu vay vốn                                                                              |
        | danh sách công an xã   | chưa rõ người đó có tên trong danh sách của công an xã hay không          | Có tên trong danh sách người chấp hành xong án phạt tù chấp hành tốt pháp luật do công an xã lập |
        | xác nhận của UBND xã   | chưa rõ danh sách của công an xã đã được UBND xã xác nhận hay chưa        | Danh sách được UBND xã xác nhận (mẫu 01)                                                        |

    @rule:program.post_prison_production.qd22_2023
    Kịch bản: Người chấp hành xong án trực tiếp vay — không xét người đại diện hộ từ đủ 18 tuổi
      Cho hộ gia đình ở nông thôn, chủ hộ sinh ngày 01/06/2008
      Khi xét chương trình "Cho vay người chấp hành xong án phạt tù — sản xuất, kinh doanh, tạo việc làm" ngày 14/12/2025
      Thì kết quả là "Đủ điều kiện"
      Và lý do không có câu "Người đại diện hộ vay"

    @rule:lending.residence
    Kịch bản: Không cư trú hợp pháp tại xã nơi cho vay — từ chối theo điều kiện chung
      Cho hộ không cư trú hợp pháp tại xã nơi cho vay
      Khi xét chương trình "Cho vay người chấp hành xong án phạt tù — sản xuất, kinh doanh, tạo việc làm" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và lý do có câu "Cư trú hợp pháp tại xã nơi cho vay: không — không đạt yêu cầu"

  Quy tắc: Không cho vay khi còn dư nợ cùng mục đích ở chương trình khác

    @rule:program.post_prison_production.same_purpose_exclusion @rule:program.post_prison_production.qd22_2023
    Khung kịch bản: Dư nợ hộ nghèo mục đích "<mục đích cũ>", đề nghị vay mục đích "<mục đích mới>": <kết quả>
      Cho hộ đang còn dư nợ chương trình hộ nghèo 30.000.000 đồng, mục đích "<mục đích cũ>"
      Và hộ đề nghị vay 50.000.000 đồng, mục đích "<mục đích mới>"
      Khi xét chương trình "Cho vay người chấp hành xong án phạt tù — sản xuất, kinh doanh, tạo việc làm" ngày 14/12/2025
      Thì kết quả là "<kết quả>"

      Dữ liệu:
        | mục đích cũ    | mục đích mới     | kết quả            |
        | chăn nuôi bò   | chăn nuôi bò     | Không đủ điều kiện |
        | chăn nuôi bò   | Chăn nuôi bò     | Không đủ điều kiện |
        | chăn nuôi bò   | mở tiệm sửa xe   | Đủ điều kiện       |

    @rule:program.post_prison_production.same_purpose_exclusion
    Kịch bản: Còn dư nợ cùng mục đích — lý do từ chối nêu điều loại trừ và văn bản
      Cho hộ đang còn dư nợ chương trình hộ nghèo 30.000.000 đồng, mục đích "chăn nuôi bò"
      Và hộ đề nghị vay 50.000.000 đồng, mục đích "chăn nuôi bò"
      Khi xét chương trình "Cho vay người chấp hành xong án phạt tù — sản xuất, kinh doanh, tạo việc làm" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và không có số tiền còn có thể vay
      Và lý do có câu "Đang còn dư nợ cùng mục đích ở chương trình tín dụng khác của NHCSXH" và "loại trừ — không cho vay khi còn dư nợ cùng mục đích ở chương trình khác" và "Quyết định 22/2023/QĐ-TTg"
      Và lý do có câu "Đang còn dư nợ cùng mục đích ở chương trình khác của NHCSXH: có"

    @rule:program.post_prison_production.same_purpose_exclusion
    Kịch bản: Lời từ chối vì còn dư nợ cùng mục đích không được ghi "đạt yêu cầu"
      Cho hộ đang còn dư nợ chương trình hộ nghèo 30.000.000 đồng, mục đích "chăn nuôi bò"
      Và hộ đề nghị vay 50.000.000 đồng, mục đích "chăn nuôi bò"
      Khi xét chương trình "Cho vay người chấp hành xong án phạt tù — sản xuất, kinh doanh, tạo việc làm" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và lý do không có câu "cùng mục đích" và "đạt yêu cầu"

    @rule:program.post_prison_production.same_purpose_exclusion
    Kịch bản: Chưa rõ mục đích của khoản vay đang còn dư nợ — cần rà soát, không tự coi là khác mục đích
      Cho hộ đang còn dư nợ chương trình hộ nghèo 30.000.000 đồng
      Và hộ đề nghị vay 50.000.000 đồng, mục đích "chăn nuôi bò"
      Khi xét chương trình "Cho vay người chấp hành xong án phạt tù — sản xuất, kinh doanh, tạo việc làm" ngày 14/12/2025
      Thì kết quả là "Cần rà soát"
      Và cần bổ sung dữ liệu "Đang còn dư nợ cùng mục đích ở chương trình khác của NHCSXH"

  Quy tắc: Chương trình có hiệu lực từ 10/10/2023

    @rule:program.post_prison_vocational.qd22_2023 @rule:program.post_prison_production.qd22_2023 @rule:program.post_prison_business.qd22_2023
    Kịch bản: Ngày 09/10/2023 chưa có chương trình, ngày 10/10/2023 được vay
      Cho cơ sở hoạt động hợp pháp
      Và cơ sở có 20 lao động, trong đó 2 người chấp hành xong án phạt tù có hợp đồng lao động
      Và phương án vay của cơ sở được UBND xã nơi thực hiện xác nhận (mẫu 02)
      Khi xét mọi chương trình ngày 09/10/2023
      Thì kết quả từng chương trình là:
        | chương trình                                                                   | kết quả            | số tiền còn có thể vay (đồng) |
        | Cho vay người chấp hành xong án phạt tù — học nghề                             | Không đủ điều kiện |                               |
        | Cho vay người chấp hành xong án phạt tù — sản xuất, kinh doanh, tạo việc làm   | Không đủ điều kiện |                               |
        | Cho vay cơ sở sản xuất, kinh doanh sử dụng người chấp hành xong án phạt tù     | Không đủ điều kiện |                               |
      Khi xét mọi chương trình ngày 10/10/2023
      Thì kết quả từng chương trình là:
        | chương trình                                                                   | kết quả      | số tiền còn có thể vay (đồng) |
        | Cho vay người chấp hành xong án phạt tù — sản xuất, kinh doanh, tạo việc làm   | Đủ điều kiện | 100.000.000                   |
        | Cho vay cơ sở sản xuất, kinh doanh sử dụng người chấp hành xong án phạt tù     | Đủ điều kiện | 200.000.000                   |

  Quy tắc: Cơ sở sản xuất, kinh doanh sử dụng người chấp hành xong án phạt tù

    @rule:program.post_prison_business.qd22_2023
    Kịch bản: Cơ sở có 2 trong 20 lao động là người chấp hành xong án phạt tù được vay 200 triệu đồng
      Cho cơ sở hoạt động hợp pháp
      Và cơ sở có 20 lao động, trong đó 2 người chấp hành xong án phạt tù có hợp đồng lao động
      Và phương án vay của cơ sở được UBND xã nơi thực hiện xác nhận (mẫu 02)
      Khi xét chương trình "Cho vay cơ sở sản xuất, kinh doanh sử dụng người chấp hành xong án phạt tù" ngày 14/12/2025
      Thì kết quả là "Đủ điều kiện"
      Và mức cho vay tối đa là 200.000.000 đồng
      Và số tiền còn có thể vay là 200.000.000 đồng
      Và thời hạn tối đa là 120 tháng
      Và lãi suất là 6,6%/năm
      Và lý do có câu "Cơ sở hoạt động hợp pháp, sử dụng từ 10% lao động là người chấp hành xong án phạt tù, phương án vay được UBND xã xác nhận" và "Quyết định 22/2023/QĐ-TTg"
      Và lý do có câu "Tỷ lệ lao động là người chấp hành xong án phạt tù (có hợp đồng lao động) 10 % đạt tỷ lệ lao động tối thiểu là người chấp hành xong án phạt tù 10 %"
      Và giấy tờ cần chuẩn bị có "Phương án vay vốn được UBND xã nơi thực hiện xác nhận (mẫu 02)"
      Và giấy tờ cần chuẩn bị có "Tài sản bảo đảm tiền vay đối với khoản vay trên 100 triệu đồng"
      Và kết quả được đánh dấu "căn cứ chưa xác minh"
      Và căn cứ chưa xác minh gồm giá trị "thời hạn cho vay tối đa của cơ sở"

    @rule:program.post_prison_business.qd22_2023
    Khung kịch bản: <người> trong <tổng> lao động là người chấp hành xong án phạt tù: tỷ lệ <tỷ lệ>, <kết quả>
      Cho cơ sở hoạt động hợp pháp
      Và cơ sở có <tổng> lao động, trong đó <người> người chấp hành xong án phạt tù có hợp đồng lao động
      Và phương án vay của cơ sở được UBND xã nơi thực hiện xác nhận (mẫu 02)
      Khi xét chương trình "Cho vay cơ sở sản xuất, kinh doanh sử dụng người chấp hành xong án phạt tù" ngày 14/12/2025
      Thì kết quả là "<kết quả>"
      Và lý do có câu "Tỷ lệ lao động là người chấp hành xong án phạt tù (có hợp đồng lao động) <tỷ lệ> <so với> tỷ lệ lao động tối thiểu là người chấp hành xong án phạt tù 10 %"

      Dữ liệu:
        | người | tổng | tỷ lệ    | kết quả            | so với   |
        | 2     | 21   | 9,5238 % | Không đủ điều kiện | thấp hơn |
        | 2     | 20   | 10 %     | Đủ điều kiện       | đạt      |
        | 1     | 1    | 100 %    | Đủ điều kiện       | đạt      |

    @rule:program.post_prison_business.qd22_2023
    Khung kịch bản: <người> người chấp hành xong án phạt tù: mức cho vay tối đa <mức> đồng
      Cho cơ sở hoạt động hợp pháp
      Và cơ sở có <tổng> lao động, trong đó <người> người chấp hành xong án phạt tù có hợp đồng lao động
      Và phương án vay của cơ sở được UBND xã nơi thực hiện xác nhận (mẫu 02)
      Khi xét chương trình "Cho vay cơ sở sản xuất, kinh doanh sử dụng người chấp hành xong án phạt tù" ngày 14/12/2025
      Thì kết quả là "Đủ điều kiện"
      Và mức cho vay tối đa là <mức> đồng

      Dữ liệu:
        | người | tổng | mức           |
        | 1     | 10   | 100.000.000   |
        | 19    | 100  | 1.900.000.000 |
        | 20    | 100  | 2.000.000.000 |
        | 30    | 40   | 2.000.000.000 |

    @rule:program.post_prison_business.qd22_2023
    Khung kịch bản: Cơ sở: <điều kiện> — <kết quả>
      Cho cơ sở hoạt động hợp pháp
      Và cơ sở có 20 lao động, trong đó 2 người chấp hành xong án phạt tù có hợp đồng lao động
      Và phương án vay của cơ sở được UBND xã nơi thực hiện xác nhận (mẫu 02)
      Và <điều kiện>
      Khi xét chương trình "Cho vay cơ sở sản xuất, kinh doanh sử dụng người chấp hành xong án phạt tù" ngày 14/12/2025
      Thì kết quả là "<kết quả>"
      Và <lý do>

      Dữ liệu:
        | điều kiện                                                          | kết quả            | lý do                                                                                              |
        | cơ sở không hoạt động hợp pháp                                     | Không đủ điều kiện | lý do có câu "Cơ sở sản xuất, kinh doanh hoạt động hợp pháp: không — không đạt yêu cầu"              |
        | phương án vay của cơ sở chưa được UBND xã xác nhận                 | Không đủ điều kiện | lý do có câu "Phương án vay vốn được UBND xã nơi thực hiện xác nhận (mẫu 02): không — không đạt yêu cầu" |
        | chưa rõ cơ sở có hoạt động hợp pháp hay không                      | Cần rà soát        | cần bổ sung dữ liệu "Cơ sở sản xuất, kinh doanh hoạt động hợp pháp"                                 |
        | chưa rõ phương án vay của cơ sở đã được UBND xã xác nhận hay chưa  | Cần rà soát        | cần bổ sung dữ liệu "Phương án vay vốn được UBND xã nơi thực hiện xác nhận (mẫu 02)"                |

    @rule:program.post_prison_business.qd22_2023
    Kịch bản: Cơ sở vay trực tiếp — không xét Tổ Tiết kiệm và vay vốn, bình xét của Tổ
      Cho cơ sở hoạt động hợp pháp
      Và cơ sở có 20 lao động, trong đó 2 người chấp hành xong án phạt tù có hợp đồng lao động
      Và phương án vay của cơ sở được UBND xã nơi thực hiện xác nhận (mẫu 02)
      Và hộ không phải là thành viên Tổ Tiết kiệm và vay vốn
      Và hộ không được Tổ TK&VV bình xét cho vay
      Khi xét chương trình "Cho vay cơ sở sản xuất, kinh doanh sử dụng người chấp hành xong án phạt tù" ngày 14/12/2025
      Thì kết quả là "Đủ điều kiện"

    @rule:program.post_prison_business.same_purpose_exclusion
    Kịch bản: Cơ sở còn dư nợ cùng mục đích ở chương trình tạo việc làm — từ chối
      Cho cơ sở hoạt động hợp pháp
      Và cơ sở có 20 lao động, trong đó 2 người chấp hành xong án phạt tù có hợp đồng lao động
      Và phương án vay của cơ sở được UBND xã nơi thực hiện xác nhận (mẫu 02)
      Và hộ đang còn dư nợ chương trình tạo việc làm cho cơ sở 500.000.000 đồng, mục đích "mở rộng xưởng may"
      Và hộ đề nghị vay 200.000.000 đồng, mục đích "mở rộng xưởng may"
      Khi xét chương trình "Cho vay cơ sở sản xuất, kinh doanh sử dụng người chấp hành xong án phạt tù" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và lý do có câu "Cơ sở đang còn dư nợ cùng mục đích ở chương trình tín dụng khác của NHCSXH" và "Quyết định 22/2023/QĐ-TTg"

    @rule:program.post_prison_business.qd22_2023
    Kịch bản: Cơ sở có 2 người chấp hành xong án phạt tù đã vay đủ 200 triệu đồng — không được vay thêm
      Cho cơ sở hoạt động hợp pháp
      Và cơ sở có 20 lao động, trong đó 2 người chấp hành xong án phạt tù có hợp đồng lao động
      Và phương án vay của cơ sở được UBND xã nơi thực hiện xác nhận (mẫu 02)
      Và hộ đang còn dư nợ chương trình cơ sở sử dụng người chấp hành xong án phạt tù 200.000.000 đồng
      Khi xét chương trình "Cho vay cơ sở sản xuất, kinh doanh sử dụng người chấp hành xong án phạt tù" ngày 14/12/2025
      Thì kết quả là "Không đủ điều kiện"
      Và không có số tiền còn có thể vay
      Và lý do có câu "Dư nợ hiện tại bình quân trên mỗi lao động là người chấp hành xong án phạt tù 100.000.000 đồng/người không thấp hơn mức cho vay tối đa trên mỗi lao động là người chấp hành xong án phạt tù 100.000.000 đồng" và "Quyết định 22/2023/QĐ-TTg"
