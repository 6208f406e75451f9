# language: vi
@family:portfolio
Tính năng: Kiểm tra chất lượng tín dụng ủy thác
  Tỷ lệ nợ quá hạn theo tổ TK&VV, xã và tổ chức nhận ủy thác so với mục tiêu dưới 1% của kế hoạch tỉnh
  và các dải phí ủy thác (dưới 2% được 100% phí, 2 đến dưới 3% được 80%, 3 đến dưới 4% được 50%, từ 4%
  không được phí); kiểm tra sử dụng vốn trong 30 ngày sau giải ngân. Các giá trị này gắn U (POLICY §5):
  cảnh báo ghi rõ căn cứ chưa xác minh.

  Bối cảnh:
    Cho ngày rà soát là 14/12/2025
    Và hộ "H61" ở nông thôn có thu nhập 3.000.000 đồng/người/tháng

  @flag:portfolio.overdue_above_goal
  Khung tình huống: Tỷ lệ nợ quá hạn của một tổ theo các dải phí ủy thác
    Cho sổ vay có các khoản vay:
      | mã khoản vay | hộ  | chương trình | giải ngân   | nợ quá hạn   | tổ   | hội         |
      | V61          | H61 | GQVL         | 100.000.000 | <quá hạn>    | Tổ A | Hội Phụ nữ  |
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "portfolio.overdue_above_goal"
    Và cảnh báo đó nêu "<phí>"
    Và cảnh báo đó có mức độ "<mức độ>"
    Và cảnh báo đó có căn cứ "mức tin cậy U — chưa xác minh"

    Dữ liệu:
      | quá hạn   | phí                        | mức độ     |
      | 1.000.000 | phí được hưởng 100%        | thấp       |
      | 2.000.000 | phí được hưởng 80%         | trung bình |
      | 3.500.000 | phí được hưởng 50%         | trung bình |
      | 4.000.000 | phí được hưởng 0%          | cao        |

  @flag:portfolio.overdue_above_goal
  Tình huống: Dưới mục tiêu 1% thì không cảnh báo
    Cho sổ vay có các khoản vay:
      | mã khoản vay | hộ  | chương trình | giải ngân   | nợ quá hạn | tổ   |
      | V62          | H61 | GQVL         | 100.000.000 | 999.999    | Tổ B |
    Khi kiểm tra danh sách và sổ vay
    Thì không có cảnh báo "portfolio.overdue_above_goal"

  @flag:portfolio.no_use_check
  Tình huống: Kiểm tra sử dụng vốn muộn hơn 30 ngày hoặc chưa kiểm tra
    Cho sổ vay có các khoản vay:
      | mã khoản vay | hộ  | chương trình | giải ngân  | ngày giải ngân | ngày kiểm tra sử dụng vốn |
      | V63          | H61 | GQVL         | 30.000.000 | 01/03/2025     | 31/03/2025                |
      | V64          | H61 | HSSV         | 10.000.000 | 01/03/2025     | 01/04/2025                |
      | V65          | H61 | HSSV         | 10.000.000 | 01/03/2025     |                           |
      | V66          | H61 | HSSV         | 10.000.000 | 01/12/2025     |                           |
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "portfolio.no_use_check" cho khoản vay "V64"
    Và cảnh báo đó nêu "sau hạn"
    Và cảnh báo đó có căn cứ "audit.use_check_days"
    Và có cảnh báo "portfolio.no_use_check" cho khoản vay "V65"
    Và cảnh báo đó nêu "chưa có ngày kiểm tra sử dụng vốn"
    Và không có cảnh báo "portfolio.no_use_check" cho khoản vay "V63"
    Và không có cảnh báo "portfolio.no_use_check" cho khoản vay "V66"
