# language: vi
@family:inclusion
Tính năng: Kiểm tra đưa vào sai đối tượng
  Hộ được công nhận hộ nghèo, cận nghèo mà tính theo chuẩn thì không (D5), và khoản vay trong một
  chương trình mà hộ không có tình trạng được công nhận tương ứng tại ngày giải ngân (tín hiệu S1).
  Chuẩn nghèo nông thôn 2022–2026: 1.500.000 đồng/người/tháng; mức sống trung bình đến 2.250.000 đồng.

  Bối cảnh:
    Cho ngày rà soát là 14/12/2025

  @flag:inclusion.listed_not_computed
  Tình huống: Hộ được công nhận hộ nghèo nhưng thu nhập trên mức sống trung bình
    Cho hộ "H01" ở nông thôn có thu nhập 2.250.001 đồng/người/tháng
    Và hộ "H01" được UBND xã công nhận "hộ nghèo" ngày 15/12/2024
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "inclusion.listed_not_computed" cho hộ "H01"
    Và cảnh báo đó có mức độ "cao"
    Và cảnh báo đó nêu "Được công nhận 'hộ nghèo'"
    Và cảnh báo đó có căn cứ "Nghị định 07/2021/NĐ-CP"

  @flag:inclusion.listed_not_computed
  Tình huống: Hộ được công nhận hộ nghèo và tính ra đúng hộ nghèo thì không bị cảnh báo
    Cho hộ "H02" ở nông thôn có thu nhập 1.499.999 đồng/người/tháng
    Và hộ "H02" thiếu hụt 3 chỉ số về nước, nhà tiêu, nhà ở, diện tích
    Và hộ "H02" được UBND xã công nhận "hộ nghèo" ngày 15/12/2024
    Khi kiểm tra danh sách và sổ vay
    Thì không có cảnh báo "inclusion.listed_not_computed" cho hộ "H02"

  @flag:inclusion.loan_without_status
  Tình huống: Hộ cận nghèo vay chương trình cho vay hộ nghèo
    Cho hộ "H03" ở nông thôn có thu nhập 1.300.000 đồng/người/tháng
    Và hộ "H03" được UBND xã công nhận "hộ cận nghèo" ngày 15/12/2024
    Và sổ vay có các khoản vay:
      | mã khoản vay | hộ  | chương trình     | giải ngân  | ngày giải ngân |
      | V03          | H03 | Cho vay hộ nghèo | 30.000.000 | 01/03/2025     |
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "inclusion.loan_without_status" cho khoản vay "V03"
    Và cảnh báo đó nêu "yêu cầu hộ được công nhận 'hộ nghèo'"
    Và cảnh báo đó có căn cứ "program.poor_households.eligible"

  @flag:inclusion.loan_without_status
  Tình huống: Hộ chỉ được công nhận hộ nghèo sau ngày giải ngân
    Cho hộ "H04" ở nông thôn có thu nhập 1.000.000 đồng/người/tháng
    Và hộ "H04" thiếu hụt 3 chỉ số về nước, nhà tiêu, nhà ở, diện tích
    Và hộ "H04" được UBND xã công nhận "hộ nghèo" ngày 01/06/2025
    Và sổ vay có các khoản vay:
      | mã khoản vay | hộ  | chương trình     | giải ngân  | ngày giải ngân |
      | V04          | H04 | Cho vay hộ nghèo | 30.000.000 | 01/03/2025     |
      | V05          | H04 | Cho vay hộ nghèo | 20.000.000 | 01/07/2025     |
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "inclusion.loan_without_status" cho khoản vay "V04"
    Và cảnh báo đó nêu "từ 01/06/2025 (sau ngày giải ngân)"
    Và không có cảnh báo "inclusion.loan_without_status" cho khoản vay "V05"

  @flag:inclusion.loan_area_not_rural
  Tình huống: Hộ ở thành thị vay vốn vệ sinh môi trường nông thôn
    Cho hộ "H06" ở thành thị có thu nhập 3.500.000 đồng/người/tháng
    Và hộ "H07" ở nông thôn có thu nhập 3.500.000 đồng/người/tháng
    Và sổ vay có các khoản vay:
      | mã khoản vay | hộ  | chương trình                    | mục đích             | giải ngân  |
      | V06          | H06 | Nước sạch và vệ sinh môi trường | Xây nhà tiêu tự hoại | 20.000.000 |
      | V07          | H07 | Nước sạch và vệ sinh môi trường | Xây nhà tiêu tự hoại | 20.000.000 |
    Khi kiểm tra danh sách và sổ vay
    Thì có cảnh báo "inclusion.loan_area_not_rural" cho khoản vay "V06"
    Và cảnh báo đó có căn cứ "program.rural_sanitation.qd10_2024"
    Và không có cảnh báo "inclusion.loan_area_not_rural" cho khoản vay "V07"
