# language: vi
@family:misuse
Tính năng: Kiểm tra dấu hiệu vay ké và sử dụng vốn sai mục đích
  Tín hiệu kỹ thuật (POLICY §6.2 S5), không phải quy định pháp luật: người vay không thuộc hộ, một số
  CCCD ở nhiều hộ hoặc nhiều họ tên, một người hay một tổ trưởng gắn với bất thường nhiều khoản vay.
  Người vay dưới 18 tuổi tại ngày giải ngân thì trái điều kiện chung (NĐ 78/2002). Số CCCD chỉ hiện
  bốn chữ số cuối; họ tên không bao giờ được ghi vào báo cáo.

  Bối cảnh:
    Cho ngày rà soát là 14/12/2025

  @flag:misuse.borrower_not_member
  Tình huống: Người đứng tên vay không có trong danh sách thành viên của hộ
    Cho hộ "H41" ở nông thôn có thu nhập 1.300.000 đồng/người/tháng
    Và hộ "H41" được UBND xã công nhận "hộ cận nghèo" ngày 15/12/2024
    Và hộ "H41" có các thành viên:
      | quan hệ | ngày sinh  | CCCD         | họ tên         |
      | chủ hộ  | 15/03/1978 | 001078000041 | Nguyễn Văn Hải |
      | vợ      | 20/06/1981 | 001181000041 | Lê Thị Hoa     |
    Và sổ vay có các khoản vay:
      | mã khoản vay | hộ  | chương trình         | giải ngân  | CCCD người vay | họ tên người vay |
      | V41          | H41 | Cho vay hộ cận nghèo | 30.000.000 | 038190012345   | Trần Văn Khách   |
      | V42          | H41 | Cho vay hộ cận nghèo | 10.000.000 | 001181000041   | Lê Thị Hoa       |
      | V43          | H41 | Cho vay hộ cận nghèo | 10.000.000 |                | NGUYEN VAN HAI   |
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "misuse.borrower_not_member" cho khoản vay "V41"
    Và cảnh báo đó nêu "CCCD ********2345"
    Và cảnh báo đó có căn cứ "tín hiệu kỹ thuật, không phải quy định pháp luật"
    Và không có cảnh báo "misuse.borrower_not_member" cho khoản vay "V42"
    Và không có cảnh báo "misuse.borrower_not_member" cho khoản vay "V43"

  @flag:misuse.cccd_several_households
  Tình huống: Một số CCCD có trong hai hộ
    Cho hộ "H42" ở nông thôn có thu nhập 3.000.000 đồng/người/tháng
    Và hộ "H42" có các thành viên:
      | quan hệ | ngày sinh  | CCCD         |
      | chủ hộ  | 15/03/1978 | 001078000042 |
      | con     | 01/01/2000 | 001200000099 |
    Và hộ "H43" ở nông thôn có thu nhập 3.000.000 đồng/người/tháng
    Và hộ "H43" có các thành viên:
      | quan hệ | ngày sinh  | CCCD         |
      | chủ hộ  | 01/01/2000 | 001200000099 |
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "misuse.cccd_several_households" cho hộ "H42"
    Và cảnh báo đó nêu "xuất hiện ở 2 hộ: H42, H43"
    Và có cảnh báo "misuse.cccd_several_households" cho hộ "H43"

  @flag:misuse.cccd_several_names
  Tình huống: Một số CCCD đứng tên vay với hai họ tên khác nhau
    Cho hộ "H44" ở nông thôn có thu nhập 3.000.000 đồng/người/tháng
    Và sổ vay có các khoản vay:
      | mã khoản vay | hộ  | chương trình | giải ngân  | CCCD người vay | họ tên người vay |
      | V44          | H44 | GQVL         | 30.000.000 | 001078000044   | Phạm Văn Nam     |
      | V45          | H44 | HSSV         | 10.000.000 | 001078000044   | Phạm Thị Năm     |
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "misuse.cccd_several_names" cho khoản vay "V44"
    Và cảnh báo đó nêu "với 2 họ tên khác nhau"
    Và có cảnh báo "misuse.cccd_several_names" cho khoản vay "V45"

  @flag:misuse.person_many_loans
  Tình huống: Một người đứng tên nhiều khoản vay còn dư nợ
    Cho thiết lập "số khoản vay của một người" là 3
    Và hộ "H45" ở nông thôn có thu nhập 3.000.000 đồng/người/tháng
    Và sổ vay có các khoản vay:
      | mã khoản vay | hộ  | chương trình | giải ngân  | dư nợ      | CCCD người vay |
      | V46          | H45 | GQVL         | 30.000.000 | 30.000.000 | 001078000045   |
      | V47          | H45 | HSSV         | 10.000.000 | 10.000.000 | 001078000045   |
      | V48          | H45 | Nước sạch    | 10.000.000 | 10.000.000 | 001078000045   |
      | V49          | H45 | GQVL         | 10.000.000 | 0          | 001078000045   |
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "misuse.person_many_loans" cho khoản vay "V46"
    Và cảnh báo đó nêu "đứng tên 3 khoản vay còn dư nợ"
    Và cảnh báo đó có căn cứ "không phải quy định pháp luật"
    Và không có cảnh báo "misuse.person_many_loans" cho khoản vay "V49"

  @flag:misuse.leader_many_loans
  Tình huống: Một tổ trưởng gắn với khoản vay ở hai tổ
    Cho hộ "H46" ở nông thôn có thu nhập 3.000.000 đồng/người/tháng
    Và hộ "H47" ở nông thôn có thu nhập 3.000.000 đồng/người/tháng
    Và sổ vay có các khoản vay:
      | mã khoản vay | hộ  | chương trình | giải ngân  | tổ   | tổ trưởng     |
      | V50          | H46 | GQVL         | 30.000.000 | Tổ 5 | Hoàng Văn Tám |
      | V51          | H47 | GQVL         | 30.000.000 | Tổ 6 | Hoàng Văn Tám |
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "misuse.leader_many_loans"
    Và cảnh báo đó nêu "Tổ 5; Tổ 6"
    Và cảnh báo đó nêu "mã ẩn danh TT-"

  @flag:misuse.leader_many_loans
  Tình huống: Tổ trưởng của một tổ với ít khoản vay thì không bị cảnh báo
    Cho hộ "H48" ở nông thôn có thu nhập 3.000.000 đồng/người/tháng
    Và sổ vay có các khoản vay:
      | mã khoản vay | hộ  | chương trình | giải ngân  | tổ   | tổ trưởng    |
      | V52          | H48 | GQVL         | 30.000.000 | Tổ 7 | Đỗ Thị Chín  |
      | V53          | H48 | HSSV         | 10.000.000 | Tổ 7 | Đỗ Thị Chín  |
    Khi kiểm tra danh sách và sổ vay
    Thì không có cảnh báo "misuse.leader_many_loans"

  @flag:misuse.borrower_under_age
  Tình huống: Người vay chưa đủ 18 tuổi tại ngày giải ngân
    Cho hộ "H49" ở nông thôn có thu nhập 1.300.000 đồng/người/tháng
    Và hộ "H49" được UBND xã công nhận "hộ cận nghèo" ngày 15/12/2023
    Và hộ "H49" có các thành viên:
      | quan hệ | ngày sinh  | CCCD         |
      | chủ hộ  | 15/03/1978 | 001078000049 |
      | con     | 02/06/2006 | 001206000049 |
    Và sổ vay có các khoản vay:
      | mã khoản vay | hộ  | chương trình         | giải ngân  | ngày giải ngân | CCCD người vay |
      | V54          | H49 | Cho vay hộ cận nghèo | 20.000.000 | 01/06/2024     | 001206000049   |
      | V55          | H49 | Cho vay hộ cận nghèo | 20.000.000 | 02/06/2024     | 001206000049   |
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "misuse.borrower_under_age" cho khoản vay "V54"
    Và cảnh báo đó nêu "17 tuổi tại ngày giải ngân"
    Và cảnh báo đó có căn cứ "lending.min_borrower_age"
    Và không có cảnh báo "misuse.borrower_under_age" cho khoản vay "V55"
