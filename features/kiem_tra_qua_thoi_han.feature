# language: vi
@family:window
Tính năng: Kiểm tra khoản vay quá thời hạn được vay
  Hộ mới thoát nghèo được vay trong 36 tháng kể từ quyết định thoát nghèo của UBND xã, tính cả tháng
  thứ 36 (QĐ 28/2015, D4); người chấp hành xong án phạt tù vay trong 5 năm kể từ ngày chấp hành xong
  án (QĐ 22/2023). Mỗi khoản vay được xét tại ngày giải ngân.

  Bối cảnh:
    Cho ngày rà soát là 14/12/2025

  @flag:window.newly_escaped_expired
  Khung tình huống: Vay hộ mới thoát nghèo quanh mốc 36 tháng
    Cho hộ "H21" ở nông thôn có thu nhập 2.500.000 đồng/người/tháng
    Và hộ "H21" được UBND xã công nhận "hộ mới thoát nghèo" ngày 15/12/2021
    Và sổ vay có các khoản vay:
      | mã khoản vay | hộ  | chương trình               | giải ngân  | ngày giải ngân |
      | V21          | H21 | Cho vay hộ mới thoát nghèo | 50.000.000 | <ngày vay>     |
    Khi kiểm tra danh sách và sổ vay
    Thì <kết quả> cảnh báo "window.newly_escaped_expired" cho khoản vay "V21"

    Dữ liệu:
      | ngày vay   | kết quả   |
      | 14/12/2024 | không có  |
      | 15/12/2024 | có        |
      | 20/01/2025 | có        |

  @flag:window.newly_escaped_expired
  Tình huống: Cảnh báo quá hạn nêu số tháng và căn cứ
    Cho hộ "H22" ở nông thôn có thu nhập 2.500.000 đồng/người/tháng
    Và hộ "H22" được UBND xã công nhận "hộ mới thoát cận nghèo" ngày 15/12/2021
    Và sổ vay có các khoản vay:
      | mã khoản vay | hộ  | chương trình               | giải ngân  | ngày giải ngân |
      | V22          | H22 | Cho vay hộ mới thoát nghèo | 50.000.000 | 20/01/2025     |
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "window.newly_escaped_expired" cho khoản vay "V22"
    Và cảnh báo đó nêu "37 tháng tròn kể từ quyết định công nhận"
    Và cảnh báo đó có căn cứ "programs.newly_escaped_households.window_months"
    Và cảnh báo đó ghi giá trị "window_months" là "36.0"

  @flag:window.post_prison_expired
  Tình huống: Vay theo Quyết định 22/2023 sau 5 năm kể từ ngày chấp hành xong án
    Cho hộ "H23" ở nông thôn có thu nhập 2.500.000 đồng/người/tháng
    Và sổ vay có các khoản vay:
      | mã khoản vay | hộ  | chương trình                                                         | giải ngân   | ngày giải ngân | ngày chấp hành xong án |
      | V23          | H23 | Cho vay người chấp hành xong án phạt tù — sản xuất, kinh doanh, tạo việc làm | 50.000.000 | 01/12/2024 | 01/12/2019 |
      | V24          | H23 | Cho vay người chấp hành xong án phạt tù — sản xuất, kinh doanh, tạo việc làm | 20.000.000 | 30/11/2024 | 01/12/2019 |
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "window.post_prison_expired" cho khoản vay "V23"
    Và cảnh báo đó nêu "5 năm tròn kể từ ngày chấp hành xong án phạt tù 01/12/2019"
    Và cảnh báo đó có căn cứ "Quyết định 22/2023/QĐ-TTg"
    Và không có cảnh báo "window.post_prison_expired" cho khoản vay "V24"
